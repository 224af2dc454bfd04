import { createHash } from 'node:crypto';
import { AppError } from '@mpb/http';
import type { OrderStatus } from './lifecycle';

/** Orders that were paid and not yet refunded in full or cancelled. */
const refundableStatuses: readonly OrderStatus[] = ['paid', 'shipped', 'delivered'];

export const isRefundableStatus = (status: OrderStatus): boolean =>
  refundableStatuses.includes(status);

interface OrderMoney {
  total: number;
  refunded_amount: number;
}
interface RefundMoney {
  amount: number;
  status: 'pending' | 'succeeded' | 'failed';
}

/**
 * What can still be refunded: the total, less what was refunded, less what pending refunds
 * hold (a pending refund may have reached Stripe, so its amount stays taken until it settles).
 */
export function refundable(order: OrderMoney, refunds: readonly RefundMoney[]): number {
  const pending = refunds
    .filter((refund) => refund.status === 'pending')
    .reduce((sum, refund) => sum + refund.amount, 0);
  return Math.max(order.total - order.refunded_amount - pending, 0);
}

/** Refuses a refund the order's status or remaining amount does not allow. */
export function checkRefund(input: {
  order: OrderMoney & { status: OrderStatus };
  refunds: readonly RefundMoney[];
  amount: number;
}): void {
  if (!isRefundableStatus(input.order.status)) {
    throw new AppError(
      'INVALID_STATE',
      `An order that is ${input.order.status} cannot be refunded`,
    );
  }
  const remaining = refundable(input.order, input.refunds);
  if (input.amount > remaining) {
    const held = input.refunds.some((refund) => refund.status === 'pending');
    throw AppError.validation(
      {
        amount: `must be at most ${remaining}, what is still refundable${
          held
            ? ' (a pending refund holds part of the total: retry it with its Idempotency-Key)'
            : ''
        }`,
      },
      'The amount is more than what can still be refunded',
    );
  }
}

/** Whether a refund of `amount` settles the whole total. */
export const isFullRefund = (order: OrderMoney, amount: number): boolean =>
  order.refunded_amount + amount >= order.total;

/**
 * Stripe's idempotency key for one of our refunds: derived from the tenant and the client's
 * key, so a retried request (even after a crash between Stripe's answer and our commit) gets
 * Stripe's first refund back instead of a second one, and two stores never share a key.
 */
export function stripeRefundKey(tenantId: string, idempotencyKey: string): string {
  return `mpb-refund-${createHash('sha256').update(`${tenantId}\n${idempotencyKey}`).digest('hex')}`;
}

/** Whether a stored refund is the one a replayed request asks for. */
export function isSameRefundRequest(
  stored: { order_id: string; amount: number; reason: string | null; restock: boolean },
  request: { orderId: string; amount: number; reason?: string; restock: boolean },
): boolean {
  return (
    stored.order_id === request.orderId &&
    stored.amount === request.amount &&
    (stored.reason ?? null) === (request.reason ?? null) &&
    stored.restock === request.restock
  );
}
