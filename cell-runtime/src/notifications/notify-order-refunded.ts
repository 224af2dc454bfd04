import type { DomainEvent } from '../events';
import { notificationTemplates, type NotifierDeps } from './deps';
import { notifyOrder } from './notify-order';
import { payloadSchemas } from './payloads';
import { loadRefundReason } from './repository';
import { renderOrderRefunded } from './templates/order-refunded';

/** OrderRefunded: one email per refund, worded for a full or a partial refund. */
export async function notifyOrderRefunded(deps: NotifierDeps, event: DomainEvent): Promise<void> {
  const { orderId, refundId, amount, full } = payloadSchemas.OrderRefunded.parse(event.payload);
  const reason = await loadRefundReason(deps.db, event.tenantId, refundId);
  await notifyOrder(deps, event, {
    template: notificationTemplates.orderRefunded,
    orderId,
    render: ({ store, order }, language) =>
      renderOrderRefunded({ store, order, language, amount, full, reason }),
  });
}
