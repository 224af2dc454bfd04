import { withTenant, type Knex } from '@mpb/db';
import { storeTimeZone } from './format';
import type { OrderView, ShippingAddressView, StoreView } from './templates/views';

/** The store's URL on a host: PUBLIC_BASE_URL's scheme and port, the store's own host. */
export function storeUrlFor(host: string, publicBaseUrl: string): string {
  const base = new URL(publicBaseUrl);
  const url = new URL(`${base.protocol}//${host}`);
  url.port = base.port;
  return url.origin;
}

interface StoreRow {
  name: string;
  language: string;
  country: string;
  support_email: string | null;
  hostname: string | null;
}

/**
 * The store as emails show it. Its platform subdomain comes before custom domains: it always
 * resolves, while a custom domain may not point at us yet.
 */
export async function loadStore(
  trx: Knex.Transaction,
  tenantId: string,
  publicBaseUrl: string,
): Promise<StoreView | undefined> {
  const row = await trx('tenants as t')
    .leftJoin('store_settings as s', 's.tenant_id', 't.id')
    .where('t.id', tenantId)
    .first<StoreRow | undefined>(
      't.name',
      't.language',
      't.country',
      's.support_email',
      trx.raw(
        `(select d.hostname from tenant_domains d where d.tenant_id = t.id
          order by (d.kind = 'subdomain') desc, d.created_at, d.hostname limit 1) as hostname`,
      ),
    );
  if (!row?.hostname) return undefined;
  return {
    name: row.name,
    url: storeUrlFor(row.hostname, publicBaseUrl),
    supportEmail: row.support_email?.trim() || null,
    language: row.language,
    timeZone: storeTimeZone(row.country),
  };
}

interface OrderRow {
  id: string;
  number: number;
  email: string | null;
  locale: string;
  currency: string;
  subtotal: number;
  discount_amount: number;
  shipping_amount: number;
  tax_amount: number;
  total: number;
  refunded_amount: number;
  coupon_code: string | null;
  shipping_method: string | null;
  shipping_address: unknown;
  created_at: Date;
  paid_at: Date | null;
  shipped_at: Date | null;
}

export async function loadOrder(
  trx: Knex.Transaction,
  orderId: string,
): Promise<OrderView | undefined> {
  const row = await trx('orders').where({ id: orderId }).first<OrderRow | undefined>();
  if (!row) return undefined;
  // No position column: sort by title so the list reads the same in every email.
  const items = await trx('order_items')
    .where({ order_id: orderId })
    .orderBy([{ column: 'title' }, { column: 'id' }])
    .select<
      { title: string; sku: string | null; quantity: number; unit_price: number; total: number }[]
    >('title', 'sku', 'quantity', 'unit_price', 'total');
  return {
    id: row.id,
    number: row.number,
    email: row.email,
    locale: row.locale,
    currency: row.currency,
    subtotal: row.subtotal,
    discountAmount: row.discount_amount,
    shippingAmount: row.shipping_amount,
    taxAmount: row.tax_amount,
    total: row.total,
    refundedAmount: row.refunded_amount,
    couponCode: row.coupon_code,
    shippingMethod: row.shipping_method,
    shippingAddress: toAddress(row.shipping_address),
    placedAt: row.paid_at ?? row.created_at,
    shippedAt: row.shipped_at,
    items: items.map((item) => ({
      title: item.title,
      sku: item.sku,
      quantity: item.quantity,
      unitPrice: item.unit_price,
      total: item.total,
    })),
  };
}

const addressFields = [
  'name',
  'phone',
  'line1',
  'line2',
  'city',
  'region',
  'postalCode',
  'country',
] as const;

/** Only the known string fields of the jsonb: whatever else the column holds is ignored. */
function toAddress(value: unknown): ShippingAddressView | null {
  if (!value || typeof value !== 'object') return null;
  const source = value as Record<string, unknown>;
  const address: ShippingAddressView = {};
  for (const field of addressFields) {
    const entry = source[field];
    if (typeof entry === 'string' && entry.trim()) address[field] = entry.trim();
  }
  return address;
}

export interface OrderContext {
  store: StoreView;
  order: OrderView;
}

/** Store and order in one read; undefined when either is gone (a deleted store or order). */
export async function loadOrderContext(
  db: Knex,
  tenantId: string,
  orderId: string,
  publicBaseUrl: string,
): Promise<OrderContext | undefined> {
  return withTenant(db, tenantId, async (trx) => {
    const store = await loadStore(trx, tenantId, publicBaseUrl);
    const order = store && (await loadOrder(trx, orderId));
    return store && order ? { store, order } : undefined;
  });
}

export async function loadRefundReason(
  db: Knex,
  tenantId: string,
  refundId: string,
): Promise<string | null> {
  return withTenant(db, tenantId, async (trx) => {
    const row = await trx('refunds')
      .where({ id: refundId })
      .first<{ reason: string | null } | undefined>('reason');
    return row?.reason ?? null;
  });
}

export async function loadCustomerEmail(
  db: Knex,
  tenantId: string,
  customerId: string,
): Promise<string | undefined> {
  return withTenant(db, tenantId, async (trx) => {
    const row = await trx('customers')
      .where({ id: customerId })
      .first<{ email: string } | undefined>('email');
    return row?.email;
  });
}

/** Stores a sign-in token by its hash only; the raw token exists in the email alone. */
export async function insertLoginToken(
  trx: Knex.Transaction,
  token: { tenantId: string; customerId: string; tokenHash: string; ttlMinutes: number },
): Promise<void> {
  await trx('customer_login_tokens').insert({
    token_hash: token.tokenHash,
    tenant_id: token.tenantId,
    customer_id: token.customerId,
    // The database clock, which is the one the sign-in check compares with.
    expires_at: trx.raw(`now() + make_interval(mins => ?)`, [token.ttlMinutes]),
  });
}
