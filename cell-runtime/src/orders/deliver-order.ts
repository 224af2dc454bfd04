import type { AdminOrder } from '@mpb/contracts';
import { withTenant, type Knex } from '@mpb/db';
import { recordAudit } from '../audit/record-audit';
import { recordEvent } from '../events';
import { moveOrder } from './lifecycle';
import { loadAdminOrder } from './read-orders';

/** Shipped → delivered. Asking again for a delivered order changes nothing. */
export async function deliverOrder(
  db: Knex,
  input: { tenantId: string; memberId: string; orderId: string },
): Promise<AdminOrder> {
  return withTenant(db, input.tenantId, async (trx) => {
    const moved = await moveOrder(trx, {
      tenantId: input.tenantId,
      orderId: input.orderId,
      to: 'delivered',
      actor: { type: 'member', id: input.memberId },
      columns: { delivered_at: trx.fn.now() },
    });
    if (moved) {
      await recordEvent(trx, {
        tenantId: input.tenantId,
        type: 'OrderDelivered',
        aggregateType: 'order',
        aggregateId: input.orderId,
        payload: { orderId: input.orderId },
      });
      await recordAudit(trx, {
        tenantId: input.tenantId,
        actorType: 'member',
        actorId: input.memberId,
        action: 'order.delivered',
        targetType: 'order',
        targetId: input.orderId,
      });
    }
    return loadAdminOrder(trx, input.orderId);
  });
}
