import type { BuyerOrder, buyerOrderPageSchema } from '@mpb/contracts';
import type { z } from 'zod';
import { decodeCursor, withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { loadBuyerOrder, nextCursor } from './read-orders';
import { countItems, findOrder, listOrders } from './repository';
import { toBuyerSummary } from './views';

/**
 * A signed-in customer's orders, newest first: those that were paid at some point, so an
 * abandoned checkout does not show up as an order.
 */
export async function listCustomerOrders(
  db: Knex,
  input: { tenantId: string; customerId: string; limit: number; cursor?: string },
): Promise<z.infer<typeof buyerOrderPageSchema>> {
  const after = input.cursor === undefined ? undefined : decodeCursor(input.cursor);
  if (input.cursor !== undefined && !after)
    throw AppError.validation({ cursor: 'is not a cursor this API returned' });
  return withTenant(db, input.tenantId, async (trx) => {
    const rows = await listOrders(trx, {
      limit: input.limit,
      after,
      customerId: input.customerId,
      paidOnly: true,
    });
    const page = rows.slice(0, input.limit);
    const counts = await countItems(
      trx,
      page.map((order) => order.id),
    );
    return {
      items: page.map((order) => toBuyerSummary(order, counts.get(order.id) ?? 0)),
      nextCursor: nextCursor(rows, page, input.limit),
    };
  });
}

/** One of the customer's own orders; anyone else's is the same 404 as no order. */
export async function getCustomerOrder(
  db: Knex,
  input: { tenantId: string; customerId: string; orderId: string },
): Promise<BuyerOrder> {
  return withTenant(db, input.tenantId, async (trx) => {
    const order = await findOrder(trx, input.orderId);
    if (!order || order.customer_id !== input.customerId) throw AppError.notFound('Order');
    return loadBuyerOrder(trx, order);
  });
}
