import { AppError } from '@mpb/http';
import {
  checkRefund,
  isFullRefund,
  isSameRefundRequest,
  refundable,
  stripeRefundKey,
} from './refund-rules';

const order = (
  overrides: Partial<{ total: number; refunded_amount: number; status: 'paid' }> = {},
) => ({
  total: 10000,
  refunded_amount: 0,
  status: 'paid' as const,
  ...overrides,
});

function errorOf(run: () => void): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('refund amounts', () => {
  it('leaves the total less refunds that succeeded and refunds still pending', () => {
    expect(refundable(order(), [])).toBe(10000);
    expect(
      refundable(order({ refunded_amount: 3000 }), [
        { amount: 3000, status: 'succeeded' },
        { amount: 2000, status: 'pending' },
        { amount: 9999, status: 'failed' },
      ]),
    ).toBe(5000);
    expect(refundable(order({ refunded_amount: 10000 }), [{ amount: 1, status: 'pending' }])).toBe(
      0,
    );
  });

  it('accepts up to the remaining amount and names the field past it', () => {
    expect(() => checkRefund({ order: order(), refunds: [], amount: 10000 })).not.toThrow();
    const error = errorOf(() =>
      checkRefund({ order: order({ refunded_amount: 4000 }), refunds: [], amount: 6001 }),
    );
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.fields).toEqual({ amount: expect.stringContaining('at most 6000') });
    const held = errorOf(() =>
      checkRefund({ order: order(), refunds: [{ amount: 9000, status: 'pending' }], amount: 2000 }),
    );
    expect(held.fields?.amount).toContain('pending refund');
  });

  it('refuses orders that were never paid or are refunded or cancelled', () => {
    for (const status of ['created', 'cancelled', 'refunded'] as const) {
      const error = errorOf(() =>
        checkRefund({ order: { ...order(), status }, refunds: [], amount: 1 }),
      );
      expect(error.code).toBe('INVALID_STATE');
    }
    for (const status of ['paid', 'shipped', 'delivered'] as const) {
      expect(() =>
        checkRefund({ order: { ...order(), status }, refunds: [], amount: 1 }),
      ).not.toThrow();
    }
  });

  it('is full when it settles the rest of the total', () => {
    expect(isFullRefund(order({ refunded_amount: 4000 }), 6000)).toBe(true);
    expect(isFullRefund(order({ refunded_amount: 4000 }), 5999)).toBe(false);
  });
});

describe('refund idempotency', () => {
  it('derives one Stripe key per tenant and client key, within Stripe’s length limit', () => {
    const key = stripeRefundKey('tenant-a', 'k'.repeat(255));
    expect(key.length).toBeLessThanOrEqual(255);
    expect(stripeRefundKey('tenant-a', 'key-1')).toBe(stripeRefundKey('tenant-a', 'key-1'));
    expect(stripeRefundKey('tenant-a', 'key-1')).not.toBe(stripeRefundKey('tenant-b', 'key-1'));
    expect(stripeRefundKey('tenant-a', 'key-1')).not.toBe(stripeRefundKey('tenant-a', 'key-2'));
  });

  it('treats a replay as the same refund only when everything matches', () => {
    const stored = { order_id: 'o1', amount: 500, reason: null, restock: false };
    expect(isSameRefundRequest(stored, { orderId: 'o1', amount: 500, restock: false })).toBe(true);
    expect(isSameRefundRequest(stored, { orderId: 'o2', amount: 500, restock: false })).toBe(false);
    expect(isSameRefundRequest(stored, { orderId: 'o1', amount: 501, restock: false })).toBe(false);
    expect(isSameRefundRequest(stored, { orderId: 'o1', amount: 500, restock: true })).toBe(false);
    expect(
      isSameRefundRequest(stored, { orderId: 'o1', amount: 500, reason: 'x', restock: false }),
    ).toBe(false);
  });
});
