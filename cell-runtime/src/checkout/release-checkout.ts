import { withTenant, type Knex } from '@mpb/db';
import { recordEvent } from '../events';
import { moveOrder, type Actor } from '../orders/lifecycle';
import { releaseHolds } from './reserve';

/**
 * Ends a checkout that will not be paid (expired, or its payment page could not be made): its
 * stock and coupon use go back and its order is cancelled. Safe to run twice or concurrently.
 */
export async function releaseCheckout(
  db: Knex,
  input: {
    tenantId: string;
    checkoutId: string;
    status: 'expired' | 'failed';
    reason: string;
    actor?: Actor;
  },
): Promise<boolean> {
  return withTenant(db, input.tenantId, (trx) => releaseCheckoutIn(trx, input));
}

/** `releaseCheckout` inside a transaction of the tenant the caller already has. */
export async function releaseCheckoutIn(
  trx: Knex.Transaction,
  input: Parameters<typeof releaseCheckout>[1],
): Promise<boolean> {
  {
    const checkout = await trx('checkout_sessions')
      .where({ id: input.checkoutId })
      .forUpdate()
      .first<{ id: string; status: string; order_id: string | null } | undefined>(
        'id',
        'status',
        'order_id',
      );
    if (!checkout || !['pending', 'open'].includes(checkout.status)) return false;
    await releaseHolds(trx, checkout.id);
    await trx('checkout_sessions')
      .where({ id: checkout.id })
      .update({ status: input.status, updated_at: trx.fn.now() });
    if (checkout.order_id) {
      await moveOrder(trx, {
        tenantId: input.tenantId,
        orderId: checkout.order_id,
        to: 'cancelled',
        actor: input.actor ?? { type: 'system' },
        columns: { cancelled_at: trx.fn.now() },
        data: { reason: input.reason },
      });
      await recordEvent(trx, {
        tenantId: input.tenantId,
        type: 'OrderCancelled',
        aggregateType: 'order',
        aggregateId: checkout.order_id,
        payload: { orderId: checkout.order_id, reason: input.reason },
      });
    }
    await recordEvent(trx, {
      tenantId: input.tenantId,
      type: 'CheckoutExpired',
      aggregateType: 'checkout',
      aggregateId: checkout.id,
      payload: { checkoutId: checkout.id, orderId: checkout.order_id },
    });
    return true;
  }
}
