import type { Knex } from '@mpb/db';
import { recordOrderEvent, type Actor } from './lifecycle';
import type { OrderRow } from './repository';

/**
 * Puts a paid order's units back in stock, once per order (`orders.restocked_at`). The units
 * are those its checkout actually took (consumed reservations): a line that could not be taken
 * again after a late payment is not given back twice. Variants deleted since are skipped.
 * Runs under the caller's lock of the order row.
 */
export async function restockOrder(
  trx: Knex.Transaction,
  input: { tenantId: string; order: OrderRow; actor: Actor },
): Promise<boolean> {
  const { order } = input;
  if (order.restocked_at) return false;
  const units = order.checkout_session_id
    ? await trx('stock_reservations')
        .where({ checkout_session_id: order.checkout_session_id, state: 'consumed' })
        .select<{ variant_id: string; quantity: number }[]>('variant_id', 'quantity')
    : await trx('order_items')
        .where({ order_id: order.id })
        .whereNotNull('variant_id')
        .select<{ variant_id: string; quantity: number }[]>('variant_id', 'quantity');
  // Variant order, like reservations, so concurrent stock changes never deadlock.
  const sorted = [...units].sort((a, b) => a.variant_id.localeCompare(b.variant_id));
  for (const unit of sorted) {
    await trx('product_variants').where({ id: unit.variant_id }).increment('stock', unit.quantity);
  }
  await trx('orders').where({ id: order.id }).update({ restocked_at: trx.fn.now() });
  await recordOrderEvent(trx, {
    tenantId: input.tenantId,
    orderId: order.id,
    type: 'restocked',
    actor: input.actor,
    data: {
      units: sorted.map((unit) => ({ variantId: unit.variant_id, quantity: unit.quantity })),
    },
  });
  return true;
}
