import type { Knex } from '@mpb/db';
import type { OrderStatus } from './lifecycle';

/** The columns of `orders` this context reads. */
export interface OrderRow {
  id: string;
  tenant_id: string;
  number: number;
  status: OrderStatus;
  currency: string;
  subtotal: number;
  discount_amount: number;
  shipping_amount: number;
  tax_amount: number;
  total: number;
  refunded_amount: number;
  prices_include_tax: boolean;
  email: string | null;
  locale: string;
  customer_id: string | null;
  coupon_code: string | null;
  shipping_method: string | null;
  shipping_address: unknown;
  checkout_session_id: string | null;
  stripe_payment_intent_id: string | null;
  status_token_hash: string | null;
  carrier: string | null;
  tracking_number: string | null;
  tracking_url: string | null;
  created_at: Date;
  paid_at: Date | null;
  shipped_at: Date | null;
  delivered_at: Date | null;
  cancelled_at: Date | null;
  restocked_at: Date | null;
}

export interface OrderItemRow {
  id: string;
  product_id: string | null;
  variant_id: string | null;
  title: string;
  sku: string | null;
  quantity: number;
  unit_price: number;
  total: number;
}

export interface RefundRow {
  id: string;
  order_id: string;
  amount: number;
  reason: string | null;
  status: 'pending' | 'succeeded' | 'failed';
  stripe_refund_id: string | null;
  idempotency_key: string;
  created_by: string | null;
  restock: boolean;
  created_at: Date;
}

export interface OrderEventRow {
  id: number;
  type: string;
  from_status: OrderStatus | null;
  to_status: OrderStatus | null;
  actor_type: 'member' | 'customer' | 'stripe' | 'system';
  actor_id: string | null;
  data: Record<string, unknown>;
  created_at: Date;
}

/** The order of the transaction's tenant (RLS hides every other), locked when asked. */
export function findOrder(
  trx: Knex.Transaction,
  orderId: string,
  options: { lock?: boolean } = {},
): Promise<OrderRow | undefined> {
  const query = trx<OrderRow>('orders').where({ id: orderId });
  if (options.lock) void query.forUpdate();
  return query.first();
}

export function listItems(trx: Knex.Transaction, orderId: string): Promise<OrderItemRow[]> {
  // No position column: by title, so the lines read the same everywhere (emails, slips).
  return trx('order_items')
    .where({ order_id: orderId })
    .orderBy([{ column: 'title' }, { column: 'id' }])
    .select('id', 'product_id', 'variant_id', 'title', 'sku', 'quantity', 'unit_price', 'total');
}

export function listRefunds(trx: Knex.Transaction, orderId: string): Promise<RefundRow[]> {
  return trx('refunds')
    .where({ order_id: orderId })
    .orderBy([{ column: 'created_at' }, { column: 'id' }])
    .select('*');
}

export function listOrderEvents(trx: Knex.Transaction, orderId: string): Promise<OrderEventRow[]> {
  return trx('order_events').where({ order_id: orderId }).orderBy('id').select('*');
}

/** Units per order, for lists. */
export async function countItems(
  trx: Knex.Transaction,
  orderIds: string[],
): Promise<Map<string, number>> {
  if (orderIds.length === 0) return new Map();
  const rows = await trx('order_items')
    .whereIn('order_id', orderIds)
    .groupBy('order_id')
    .select<{ order_id: string; count: string | number }[]>(
      'order_id',
      trx.raw('sum(quantity) as count'),
    );
  return new Map(rows.map((row) => [row.order_id, Number(row.count)]));
}

export interface OrderListFilter {
  limit: number;
  after?: { createdAt: string; id: string };
  status?: OrderStatus;
  /** An order number, when the search text is one. */
  number?: number;
  /** Part of the buyer's email, already lowercased. */
  emailContains?: string;
  from?: Date;
  to?: Date;
  customerId?: string;
  /** Only orders that were paid at some point (not abandoned checkouts). */
  paidOnly?: boolean;
}

const likeEscape = (text: string) => text.replace(/[\\%_]/g, (match) => `\\${match}`);

/** Newest first, keyset-paginated on (created_at, id); one extra row tells if there is more. */
export function listOrders(trx: Knex.Transaction, filter: OrderListFilter): Promise<OrderRow[]> {
  const query = trx<OrderRow>('orders')
    .orderBy([
      { column: 'created_at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])
    .limit(filter.limit + 1)
    .select('*');
  if (filter.status) void query.where({ status: filter.status });
  if (filter.customerId) void query.where({ customer_id: filter.customerId });
  if (filter.paidOnly) void query.whereNotNull('paid_at');
  if (filter.from) void query.where('created_at', '>=', filter.from);
  if (filter.to) void query.where('created_at', '<', filter.to);
  if (filter.number !== undefined || filter.emailContains !== undefined) {
    void query.where((match) => {
      if (filter.number !== undefined) void match.orWhere({ number: filter.number });
      if (filter.emailContains !== undefined)
        void match.orWhereRaw(`lower(email) like ? escape '\\'`, [
          `%${likeEscape(filter.emailContains)}%`,
        ]);
    });
  }
  if (filter.after) {
    void query.whereRaw('(created_at, id) < (?::timestamptz, ?::uuid)', [
      filter.after.createdAt,
      filter.after.id,
    ]);
  }
  return query;
}

/** The Stripe account the store is paid on (the connected account). */
export async function findPaymentAccount(trx: Knex.Transaction): Promise<string | null> {
  const row = await trx('store_settings').first<{ stripe_account_id: string | null } | undefined>(
    'stripe_account_id',
  );
  return row?.stripe_account_id ?? null;
}

export async function findCheckout(
  trx: Knex.Transaction,
  checkoutId: string,
): Promise<{ id: string; status: string; stripe_session_id: string | null } | undefined> {
  return trx('checkout_sessions')
    .where({ id: checkoutId })
    .first('id', 'status', 'stripe_session_id');
}
