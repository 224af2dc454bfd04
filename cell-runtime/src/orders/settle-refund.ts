import { withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { isStripeUnavailable, Stripe } from '@mpb/payments';
import { recordEvent } from '../events';
import { canMove, moveOrder, recordOrderEvent, type Actor } from './lifecycle';
import { isFullRefund, stripeRefundKey } from './refund-rules';
import { findOrder, findPaymentAccount, type OrderRow, type RefundRow } from './repository';
import { restockOrder } from './restock-order';

export interface PaymentDeps {
  db: Knex;
  stripe: Stripe;
}

/** What the order becomes once the refund went through. */
export type AfterRefund = { kind: 'refund' } | { kind: 'cancellation'; reason: string };

type Settled =
  { outcome: 'settled' | 'already'; refund: RefundRow } | { outcome: 'refused'; message: string };

/**
 * Sends a pending refund to Stripe and records what happened. The refund row stays locked from
 * before the call until the commit, so a concurrent retry of the same refund waits and then
 * finds it settled: Stripe is asked once per attempt and the effect is applied once. When
 * Stripe cannot be reached the transaction rolls back, the refund stays pending (its amount
 * held) and a retry with the same key resumes it; Stripe's idempotency key, derived from ours,
 * makes that retry return the first refund if the lost call had reached Stripe after all.
 */
export async function settleRefund(
  deps: PaymentDeps,
  input: { tenantId: string; refundId: string; actor: Actor; after: AfterRefund },
): Promise<{ refund: RefundRow; replayed: boolean }> {
  const settled = await withTenant(deps.db, input.tenantId, async (trx): Promise<Settled> => {
    const refund = await trx<RefundRow>('refunds')
      .where({ id: input.refundId })
      .forUpdate()
      .first();
    if (!refund) throw AppError.notFound('Refund');
    if (refund.status !== 'pending') return { outcome: 'already', refund };
    const order = (await findOrder(trx, refund.order_id)) as OrderRow;
    const stripeRefund = await callStripe(deps.stripe, {
      tenantId: input.tenantId,
      accountId: await findPaymentAccount(trx),
      order,
      refund,
    });
    if (typeof stripeRefund === 'string') {
      await trx('refunds').where({ id: refund.id }).update({ status: 'failed' });
      await recordOrderEvent(trx, {
        tenantId: input.tenantId,
        orderId: order.id,
        type: 'refund_failed',
        actor: input.actor,
        data: { refundId: refund.id, amount: refund.amount, message: stripeRefund },
      });
      return { outcome: 'refused', message: stripeRefund };
    }
    return {
      outcome: 'settled',
      refund: await applyRefund(trx, { ...input, refund, stripeRefundId: stripeRefund.id }),
    };
  });
  if (settled.outcome === 'refused') {
    throw new AppError(
      'INVALID_STATE',
      `The payment provider refused the refund: ${settled.message}`,
    );
  }
  return { refund: settled.refund, replayed: settled.outcome === 'already' };
}

/** Stripe's refund, or the reason Stripe gave for refusing it. */
async function callStripe(
  stripe: Stripe,
  input: { tenantId: string; accountId: string | null; order: OrderRow; refund: RefundRow },
): Promise<Stripe.Refund | string> {
  const { order, refund } = input;
  if (!input.accountId || !order.stripe_payment_intent_id) {
    return 'the order has no payment on the store’s Stripe account';
  }
  try {
    const created = await stripe.refunds.create(
      {
        payment_intent: order.stripe_payment_intent_id,
        amount: refund.amount,
        metadata: { tenant_id: input.tenantId, order_id: order.id, refund_id: refund.id },
      },
      {
        stripeAccount: input.accountId,
        idempotencyKey: stripeRefundKey(input.tenantId, refund.idempotency_key),
      },
    );
    if (created.status === 'failed' || created.status === 'canceled') {
      return `refund ${created.status}${created.failure_reason ? ` (${created.failure_reason})` : ''}`;
    }
    return created;
  } catch (error) {
    if (isStripeUnavailable(error)) {
      throw new AppError('UNAVAILABLE', 'The payment provider is unavailable; retry shortly', {
        cause: error,
      });
    }
    if (error instanceof Stripe.errors.StripeError) return error.message;
    throw error;
  }
}

/** Records a refund Stripe made: the amount, the status, the stock and the event. */
async function applyRefund(
  trx: Knex.Transaction,
  input: {
    tenantId: string;
    refund: RefundRow;
    stripeRefundId: string;
    actor: Actor;
    after: AfterRefund;
  },
): Promise<RefundRow> {
  const { refund, actor } = input;
  const order = (await findOrder(trx, refund.order_id, { lock: true })) as OrderRow;
  const full = isFullRefund(order, refund.amount);
  const [settled] = await trx<RefundRow>('refunds')
    .where({ id: refund.id })
    .update({ status: 'succeeded', stripe_refund_id: input.stripeRefundId })
    .returning('*');
  await trx('orders')
    .where({ id: order.id })
    .update({ refunded_amount: order.refunded_amount + refund.amount, updated_at: trx.fn.now() });
  const data = { refundId: refund.id, amount: refund.amount, full, reason: refund.reason };
  const { tenantId } = input;
  // A cancellation cancels only if the order can still be cancelled (it may have shipped while
  // Stripe was being asked); Stripe's refund is recorded whatever the status became meanwhile.
  const cancelling = input.after.kind === 'cancellation' && canMove(order.status, 'cancelled');
  if (!cancelling && full && canMove(order.status, 'refunded')) {
    await moveOrder(trx, { tenantId, orderId: order.id, to: 'refunded', actor, data });
  } else {
    await recordOrderEvent(trx, { tenantId, orderId: order.id, type: 'refund', actor, data });
  }
  if (refund.restock || cancelling) await restockOrder(trx, { tenantId, order, actor });
  await recordEvent(trx, {
    tenantId,
    type: 'OrderRefunded',
    aggregateType: 'order',
    aggregateId: order.id,
    payload: { orderId: order.id, refundId: refund.id, amount: refund.amount, full },
  });
  if (cancelling && input.after.kind === 'cancellation') {
    await cancelOrderRow(trx, { tenantId, orderId: order.id, actor, reason: input.after.reason });
  }
  return settled as RefundRow;
}

/** → cancelled, recording OrderCancelled; nothing when it already was. */
export async function cancelOrderRow(
  trx: Knex.Transaction,
  input: { tenantId: string; orderId: string; actor: Actor; reason: string },
): Promise<void> {
  const moved = await moveOrder(trx, {
    tenantId: input.tenantId,
    orderId: input.orderId,
    to: 'cancelled',
    actor: input.actor,
    columns: { cancelled_at: trx.fn.now() },
    data: { reason: input.reason },
  });
  if (moved) {
    await recordEvent(trx, {
      tenantId: input.tenantId,
      type: 'OrderCancelled',
      aggregateType: 'order',
      aggregateId: input.orderId,
      payload: { orderId: input.orderId, reason: input.reason },
    });
  }
}
