import { timingSafeEqual } from 'node:crypto';
import type { AdminOrder, AdminOrderQuery, BuyerOrder, adminOrderPageSchema } from '@mpb/contracts';
import type { z } from 'zod';
import { encodeCursor, withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { hashStatusToken } from './create-order';
import { toOrderListFilter } from './order-filters';
import {
  countItems,
  findCheckout,
  findOrder,
  listItems,
  listOrderEvents,
  listOrders,
  listRefunds,
  type OrderRow,
} from './repository';
import { toAdminOrderView, toAdminSummary, toBuyerOrderView } from './views';

/** The staff view of an order, read in the caller's transaction (after a change, say). */
export async function loadAdminOrder(trx: Knex.Transaction, orderId: string): Promise<AdminOrder> {
  const order = await findOrder(trx, orderId);
  if (!order) throw AppError.notFound('Order');
  // One connection per transaction: its queries run one after another.
  const items = await listItems(trx, orderId);
  const refunds = await listRefunds(trx, orderId);
  const events = await listOrderEvents(trx, orderId);
  const checkout = order.checkout_session_id
    ? await findCheckout(trx, order.checkout_session_id)
    : undefined;
  return toAdminOrderView({
    order,
    items,
    refunds,
    events,
    stripeSessionId: checkout?.stripe_session_id ?? null,
  });
}

export function getAdminOrder(db: Knex, tenantId: string, orderId: string): Promise<AdminOrder> {
  return withTenant(db, tenantId, (trx) => loadAdminOrder(trx, orderId));
}

/** A page of the store's orders, newest first. */
export async function listAdminOrders(
  db: Knex,
  tenantId: string,
  query: AdminOrderQuery,
): Promise<z.infer<typeof adminOrderPageSchema>> {
  const filter = toOrderListFilter(query);
  return withTenant(db, tenantId, async (trx) => {
    const rows = await listOrders(trx, filter);
    const page = rows.slice(0, filter.limit);
    const counts = await countItems(
      trx,
      page.map((order) => order.id),
    );
    return {
      items: page.map((order) => toAdminSummary(order, counts.get(order.id) ?? 0)),
      nextCursor: nextCursor(rows, page, filter.limit),
    };
  });
}

export function nextCursor(rows: OrderRow[], page: OrderRow[], limit: number): string | null {
  const last = page[page.length - 1];
  return rows.length > limit && last
    ? encodeCursor({ createdAt: last.created_at.toISOString(), id: last.id })
    : null;
}

/** The buyer's view of an order, read in the caller's transaction. */
export async function loadBuyerOrder(trx: Knex.Transaction, order: OrderRow): Promise<BuyerOrder> {
  const items = await listItems(trx, order.id);
  const events = await listOrderEvents(trx, order.id);
  return toBuyerOrderView({ order, items, events });
}

/** Compares hex digests without telling, by timing, how much of a guess was right. */
function isSameHash(expected: string | null, actual: string): boolean {
  if (!expected) return false;
  const a = Buffer.from(expected, 'hex');
  const b = Buffer.from(actual, 'hex');
  return a.length === b.length && a.length > 0 && timingSafeEqual(a, b);
}

/**
 * A guest's order, by the token of its status link. A wrong token, an order of another store
 * (RLS hides it) and no order at all are the same 404.
 */
export async function getGuestOrder(
  db: Knex,
  input: { tenantId: string; orderId: string; token: string | undefined },
): Promise<BuyerOrder> {
  const presented = hashStatusToken(input.token ?? '');
  return withTenant(db, input.tenantId, async (trx) => {
    const order = await findOrder(trx, input.orderId);
    if (!order || !input.token || !isSameHash(order.status_token_hash, presented))
      throw AppError.notFound('Order');
    return loadBuyerOrder(trx, order);
  });
}
