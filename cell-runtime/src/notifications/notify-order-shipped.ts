import type { DomainEvent } from '../events';
import { notificationTemplates, type NotifierDeps } from './deps';
import { notifyOrder } from './notify-order';
import { payloadSchemas } from './payloads';
import { renderOrderShipped } from './templates/order-shipped';

/** OrderShipped: carrier and tracking number, by email and (when set up) WhatsApp. */
export async function notifyOrderShipped(deps: NotifierDeps, event: DomainEvent): Promise<void> {
  const { orderId, carrier, trackingNumber } = payloadSchemas.OrderShipped.parse(event.payload);
  await notifyOrder(deps, event, {
    template: notificationTemplates.orderShipped,
    orderId,
    render: ({ store, order }, language) =>
      renderOrderShipped({ store, order, language, carrier, trackingNumber }),
    whatsAppParameters: ({ store, order }) => [
      store.name,
      String(order.number),
      carrier,
      trackingNumber,
    ],
  });
}
