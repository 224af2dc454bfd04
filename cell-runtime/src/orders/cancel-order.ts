import { v7 as uuidv7 } from 'uuid';
import type { AdminOrder } from '@mpb/contracts';
import { withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { isStripeUnavailable, Stripe } from '@mpb/payments';
import { recordAudit } from '../audit/record-audit';
import { releaseCheckout } from '../checkout/release-checkout';
import type { Actor } from './lifecycle';
import { loadAdminOrder } from './read-orders';
import { refundable } from './refund-rules';
import {
  findCheckout,
  findOrder,
  findPaymentAccount,
  listRefunds,
  type OrderRow,
  type RefundRow,
} from './repository';
import { restockOrder } from './restock-order';
import { cancelOrderRow, settleRefund, type PaymentDeps } from './settle-refund';

interface CancelRequest {
  tenantId: string;
  memberId: string;
  orderId: string;
  reason: string;
}

type Plan =
  | { kind: 'unchanged' }
  | { kind: 'done' }
  | {
      kind: 'unpaid';
      checkout: { id: string; status: string; stripe_session_id: string | null } | undefined;
      accountId: string | null;
    }
  | { kind: 'paid'; refundId: string };

/**
 * The refunds behind cancelling a paid order: `cancellation <orderId>`, then `… 2`, `… 3` for
 * new attempts after Stripe refused one (Stripe would answer a reused key with the same
 * refusal). They contain spaces, which client keys cannot (`idempotencyKeySchema`), so no
 * client request can take or replay them.
 */
export const cancellationRefundKey = (orderId: string, attempt = 1) =>
  attempt === 1 ? `cancellation ${orderId}` : `cancellation ${orderId} ${attempt}`;

const isCancellationRefund = (refund: RefundRow, orderId: string) =>
  refund.idempotency_key === `cancellation ${orderId}` ||
  refund.idempotency_key.startsWith(`cancellation ${orderId} `);

/**
 * Cancels an order that has not shipped. Unpaid: its Stripe Checkout page is closed first (so
 * the buyer can no longer pay), then its stock hold and coupon use are released with the
 * checkout-expiry code. Paid: what is left of it is refunded through Stripe, its units go back
 * in stock, and only then is it cancelled. Cancelling a cancelled order changes nothing.
 */
export async function cancelOrder(deps: PaymentDeps, request: CancelRequest): Promise<AdminOrder> {
  const actor: Actor = { type: 'member', id: request.memberId };
  const plan = await withTenant(deps.db, request.tenantId, (trx) => planCancellation(trx, request));
  if (plan.kind === 'unpaid') await cancelUnpaid(deps, request, plan, actor);
  if (plan.kind === 'paid') {
    await settleRefund(deps, {
      tenantId: request.tenantId,
      refundId: plan.refundId,
      actor,
      after: { kind: 'cancellation', reason: request.reason },
    });
  }
  return withTenant(deps.db, request.tenantId, async (trx) => {
    const order = await loadAdminOrder(trx, request.orderId);
    if (plan.kind !== 'unchanged' && order.status === 'cancelled') {
      await recordAudit(trx, {
        tenantId: request.tenantId,
        actorType: 'member',
        actorId: request.memberId,
        action: 'order.cancelled',
        targetType: 'order',
        targetId: order.id,
        data: { number: order.number, reason: request.reason, refunded: order.totals.refunded },
      });
    }
    return order;
  });
}

async function planCancellation(trx: Knex.Transaction, request: CancelRequest): Promise<Plan> {
  const order = await findOrder(trx, request.orderId, { lock: true });
  if (!order) throw AppError.notFound('Order');
  if (order.status === 'cancelled') return { kind: 'unchanged' };
  if (order.status === 'created') {
    return {
      kind: 'unpaid',
      checkout: order.checkout_session_id
        ? await findCheckout(trx, order.checkout_session_id)
        : undefined,
      accountId: await findPaymentAccount(trx),
    };
  }
  if (order.status !== 'paid') {
    throw new AppError('INVALID_STATE', `An order that is ${order.status} cannot be cancelled`);
  }
  return planPaidCancellation(trx, request, order);
}

async function planPaidCancellation(
  trx: Knex.Transaction,
  request: CancelRequest,
  order: OrderRow,
): Promise<Plan> {
  const actor: Actor = { type: 'member', id: request.memberId };
  const refunds = await listRefunds(trx, order.id);
  const attempts = refunds.filter((refund) => isCancellationRefund(refund, order.id));
  const pending = attempts.find((refund) => refund.status === 'pending');
  if (pending) return { kind: 'paid', refundId: pending.id };
  const key = cancellationRefundKey(order.id, attempts.length + 1);
  if (refunds.some((refund) => refund.status === 'pending')) {
    throw new AppError(
      'INVALID_STATE',
      'A refund of this order is pending: retry it with its Idempotency-Key first',
    );
  }
  const amount = refundable(order, refunds);
  if (amount === 0) {
    // Nothing was charged (or all of it is back already): only the stock and the status.
    await restockOrder(trx, { tenantId: request.tenantId, order, actor });
    await cancelOrderRow(trx, {
      tenantId: request.tenantId,
      orderId: order.id,
      actor,
      reason: request.reason,
    });
    return { kind: 'done' };
  }
  if (!order.stripe_payment_intent_id || !(await findPaymentAccount(trx))) {
    throw new AppError('INVALID_STATE', 'The order has no Stripe payment to refund');
  }
  const refundId = uuidv7();
  await trx('refunds').insert({
    id: refundId,
    tenant_id: request.tenantId,
    order_id: order.id,
    amount,
    reason: request.reason,
    restock: true,
    status: 'pending',
    idempotency_key: key,
    created_by: request.memberId,
  });
  return { kind: 'paid', refundId };
}

async function cancelUnpaid(
  deps: PaymentDeps,
  request: CancelRequest,
  plan: Extract<Plan, { kind: 'unpaid' }>,
  actor: Actor,
): Promise<void> {
  const { checkout } = plan;
  if (!checkout) {
    await withTenant(deps.db, request.tenantId, async (trx) => {
      const order = await findOrder(trx, request.orderId, { lock: true });
      if (order?.status === 'created')
        await cancelOrderRow(trx, { ...request, orderId: order.id, actor });
    });
    return;
  }
  if (checkout.stripe_session_id && checkout.status === 'open' && plan.accountId) {
    await expireStripeSession(deps.stripe, checkout.stripe_session_id, plan.accountId);
  }
  const released = await releaseCheckout(deps.db, {
    tenantId: request.tenantId,
    checkoutId: checkout.id,
    status: 'expired',
    reason: request.reason,
    actor,
  });
  if (!released) {
    // The checkout ended meanwhile: expired (the order is cancelled already) or paid.
    const order = await withTenant(deps.db, request.tenantId, (trx) =>
      findOrder(trx, request.orderId),
    );
    if (order?.status !== 'cancelled') {
      throw new AppError(
        'INVALID_STATE',
        `The order became ${order?.status ?? 'unknown'} meanwhile`,
      );
    }
  }
}

/**
 * Closes the Checkout page so the buyer cannot pay a cancelled order. A session that is not
 * open any more is fine if it expired, and a refusal if it was completed (the payment is on
 * its way: cancel after it arrives, which refunds it).
 */
async function expireStripeSession(
  stripe: Stripe,
  sessionId: string,
  accountId: string,
): Promise<void> {
  try {
    await stripe.checkout.sessions.expire(sessionId, {}, { stripeAccount: accountId });
  } catch (error) {
    if (isStripeUnavailable(error)) {
      throw new AppError('UNAVAILABLE', 'The payment provider is unavailable; retry shortly', {
        cause: error,
      });
    }
    if (!(error instanceof Stripe.errors.StripeError)) throw error;
    const session = await stripe.checkout.sessions
      .retrieve(sessionId, {}, { stripeAccount: accountId })
      .catch((cause: unknown) => {
        throw new AppError('UNAVAILABLE', 'The payment provider is unavailable; retry shortly', {
          cause,
        });
      });
    if (session.status !== 'expired') {
      throw new AppError(
        'INVALID_STATE',
        'The buyer has completed the payment page: wait for the payment, then cancel to refund it',
      );
    }
  }
}
