import type { AdminOrder, shipOrderBodySchema } from '@mpb/contracts';
import type { z } from 'zod';
import { withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { recordAudit } from '../audit/record-audit';
import { recordEvent } from '../events';
import { moveOrder } from './lifecycle';
import { loadAdminOrder } from './read-orders';
import { findOrder } from './repository';

/**
 * Paid → shipped with the carrier and tracking. The same tracking sent again (a double click,
 * a retried request) changes nothing and answers the order; other tracking for an order
 * already shipped is refused, as is shipping an order that is not paid.
 */
export async function shipOrder(
  db: Knex,
  input: {
    tenantId: string;
    memberId: string;
    orderId: string;
    body: z.output<typeof shipOrderBodySchema>;
  },
): Promise<AdminOrder> {
  const { carrier, trackingNumber } = input.body;
  const trackingUrl = input.body.trackingUrl ?? null;
  return withTenant(db, input.tenantId, async (trx) => {
    const order = await findOrder(trx, input.orderId, { lock: true });
    if (!order) throw AppError.notFound('Order');
    if (order.shipped_at) {
      const same =
        order.carrier === carrier &&
        order.tracking_number === trackingNumber &&
        (order.tracking_url ?? null) === trackingUrl;
      if (same) return loadAdminOrder(trx, order.id);
      throw new AppError('INVALID_STATE', 'The order was already shipped with other tracking');
    }
    await moveOrder(trx, {
      tenantId: input.tenantId,
      orderId: order.id,
      to: 'shipped',
      actor: { type: 'member', id: input.memberId },
      columns: {
        carrier,
        tracking_number: trackingNumber,
        tracking_url: trackingUrl,
        shipped_at: trx.fn.now(),
      },
      data: { carrier, trackingNumber, trackingUrl },
    });
    await recordEvent(trx, {
      tenantId: input.tenantId,
      type: 'OrderShipped',
      aggregateType: 'order',
      aggregateId: order.id,
      payload: { orderId: order.id, carrier, trackingNumber },
    });
    await recordAudit(trx, {
      tenantId: input.tenantId,
      actorType: 'member',
      actorId: input.memberId,
      action: 'order.shipped',
      targetType: 'order',
      targetId: order.id,
      data: { number: order.number, carrier, trackingNumber },
    });
    return loadAdminOrder(trx, order.id);
  });
}
