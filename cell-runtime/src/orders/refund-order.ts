import { v7 as uuidv7 } from 'uuid';
import type { AdminOrder, refundOrderBodySchema } from '@mpb/contracts';
import type { z } from 'zod';
import { isUniqueViolation, withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { recordAudit } from '../audit/record-audit';
import { checkRefund, isSameRefundRequest } from './refund-rules';
import { findOrder, findPaymentAccount, listRefunds, type RefundRow } from './repository';
import { loadAdminOrder } from './read-orders';
import { settleRefund, type PaymentDeps } from './settle-refund';
import { toRefundView } from './views';

export interface RefundRequest {
  tenantId: string;
  memberId: string;
  orderId: string;
  idempotencyKey: string;
  body: z.output<typeof refundOrderBodySchema>;
}

/**
 * Refunds part or all of a paid order through Stripe, in two steps. First, under the order's
 * row lock, the refund is checked against what is still refundable and stored as pending
 * (holding its amount, so concurrent refunds with other keys can never pass the total).
 * Then it is settled with Stripe (`settleRefund`). The same Idempotency-Key again returns the
 * same refund; a pending one left by an unreachable Stripe is resumed.
 */
export async function refundOrder(
  deps: PaymentDeps,
  request: RefundRequest,
): Promise<{ refund: AdminOrder['refunds'][number]; order: AdminOrder; replayed: boolean }> {
  const refundId = await reserveRefund(deps.db, request);
  const settled = await settleRefund(deps, {
    tenantId: request.tenantId,
    refundId,
    actor: { type: 'member', id: request.memberId },
    after: { kind: 'refund' },
  });
  if (settled.refund.status === 'failed') {
    // A replay of a refund Stripe refused gets the refusal again, not a success status.
    throw new AppError(
      'INVALID_STATE',
      'The payment provider refused this refund; send a new Idempotency-Key to try again',
    );
  }
  return withTenant(deps.db, request.tenantId, async (trx) => {
    const order = await loadAdminOrder(trx, request.orderId);
    return {
      refund: toRefundView(settled.refund, order.totals.currency),
      order,
      replayed: settled.replayed,
    };
  });
}

/** Step one: the pending refund for this key, existing or new. Returns its id. */
async function reserveRefund(db: Knex, request: RefundRequest): Promise<string> {
  try {
    return await withTenant(db, request.tenantId, async (trx) => {
      const order = await findOrder(trx, request.orderId, { lock: true });
      if (!order) throw AppError.notFound('Order');
      const existing = await trx<RefundRow>('refunds')
        .where({ idempotency_key: request.idempotencyKey })
        .first();
      if (existing) {
        if (!isSameRefundRequest(existing, { orderId: order.id, ...request.body }))
          throw keyReused();
        return existing.id;
      }
      checkRefund({
        order,
        refunds: await listRefunds(trx, order.id),
        amount: request.body.amount,
      });
      if (!order.stripe_payment_intent_id || !(await findPaymentAccount(trx))) {
        throw new AppError('INVALID_STATE', 'The order has no Stripe payment to refund');
      }
      const id = uuidv7();
      await trx('refunds').insert({
        id,
        tenant_id: request.tenantId,
        order_id: order.id,
        amount: request.body.amount,
        reason: request.body.reason ?? null,
        restock: request.body.restock,
        status: 'pending',
        idempotency_key: request.idempotencyKey,
        created_by: request.memberId,
      });
      // Stripe's answer is in the order's timeline; the log records who asked for what.
      await recordAudit(trx, {
        tenantId: request.tenantId,
        actorType: 'member',
        actorId: request.memberId,
        action: 'order.refund_requested',
        targetType: 'order',
        targetId: order.id,
        data: {
          number: order.number,
          refundId: id,
          amount: request.body.amount,
          reason: request.body.reason ?? null,
          restock: request.body.restock,
        },
      });
      return id;
    });
  } catch (error) {
    // The same key sent at once for two different orders: one of them wins the key.
    if (isUniqueViolation(error, 'refunds_idempotency_key')) throw keyReused();
    throw error;
  }
}

const keyReused = () =>
  new AppError(
    'IDEMPOTENCY_KEY_REUSED',
    'This Idempotency-Key was already used for a different refund; use a new key',
    { fields: { 'Idempotency-Key': 'was used for a different refund' } },
  );
