import type { ShippingAddress } from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import type { Stripe } from '@mpb/payments';
import { recordEvent } from '../events';
import { moveOrder, recordOrderEvent } from '../orders/lifecycle';
import { consumeHolds } from './reserve';
import { shippingAddressFromSession } from './shipping-details';

/**
 * Payment confirmed for a checkout: its held stock becomes sold stock (once), the checkout
 * completes and the order is paid. Runs in the caller's transaction, which also records the
 * Stripe event id, so a redelivered event changes nothing.
 */
export async function completeCheckout(
  trx: Knex.Transaction,
  input: {
    tenantId: string;
    checkoutId: string;
    paymentIntentId: string | null;
    stripeSessionId: string;
    /** What the shopper entered on Stripe's page: the street address and phone. */
    collected?: Pick<Stripe.Checkout.Session, 'collected_information' | 'customer_details'>;
  },
): Promise<'paid' | 'already' | 'unknown'> {
  const checkout = await trx('checkout_sessions')
    .where({ id: input.checkoutId })
    .forUpdate()
    .first<
      | { id: string; status: string; order_id: string | null; stripe_session_id: string | null }
      | undefined
    >();
  if (!checkout || !checkout.order_id) return 'unknown';
  if (checkout.stripe_session_id && checkout.stripe_session_id !== input.stripeSessionId)
    return 'unknown';
  if (checkout.status === 'completed') return 'already';

  const short = await consumeHolds(trx, checkout.id);
  await trx('checkout_sessions')
    .where({ id: checkout.id })
    .update({ status: 'completed', updated_at: trx.fn.now() });
  const order = await trx('orders')
    .where({ id: checkout.order_id })
    .forUpdate()
    .first<{ status: string; number: number; shipping_address: ShippingAddress | null }>(
      'status',
      'number',
      'shipping_address',
    );
  const address = input.collected
    ? shippingAddressFromSession(order.shipping_address, input.collected)
    : order.shipping_address;
  const paidColumns = {
    paid_at: trx.fn.now(),
    stripe_payment_intent_id: input.paymentIntentId,
    shipping_address: address ? JSON.stringify(address) : null,
  };
  if (order.status === 'cancelled') {
    // Paid after our expiry released it (Stripe retries webhooks for days): the money is real,
    // so the order is paid; any stock that could not be taken again is flagged for staff.
    await trx('orders')
      .where({ id: checkout.order_id })
      .update({ status: 'paid', cancelled_at: null, updated_at: trx.fn.now(), ...paidColumns });
    await recordOrderEvent(trx, {
      tenantId: input.tenantId,
      orderId: checkout.order_id,
      type: 'paid_after_expiry',
      actor: { type: 'stripe' },
      from: 'cancelled',
      to: 'paid',
    });
  } else {
    await moveOrder(trx, {
      tenantId: input.tenantId,
      orderId: checkout.order_id,
      to: 'paid',
      actor: { type: 'stripe' },
      columns: paidColumns,
    });
  }
  if (short.length > 0) {
    await recordOrderEvent(trx, {
      tenantId: input.tenantId,
      orderId: checkout.order_id,
      type: 'stock_shortage',
      actor: { type: 'system' },
      data: { variantIds: short },
    });
  }
  await recordEvent(trx, {
    tenantId: input.tenantId,
    type: 'PaymentConfirmed',
    aggregateType: 'order',
    aggregateId: checkout.order_id,
    payload: { orderId: checkout.order_id, number: order.number },
  });
  return 'paid';
}
