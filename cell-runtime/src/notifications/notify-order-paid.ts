import type { DomainEvent } from '../events';
import { notificationTemplates, type NotifierDeps } from './deps';
import { formatMoney } from './format';
import { notifyOrder } from './notify-order';
import { payloadSchemas } from './payloads';
import { renderOrderConfirmation } from './templates/order-confirmation';
import { orderUrl } from './templates/order-summary';

/** PaymentConfirmed: the order confirmation, by email and (when set up) WhatsApp. */
export async function notifyOrderPaid(deps: NotifierDeps, event: DomainEvent): Promise<void> {
  const { orderId } = payloadSchemas.PaymentConfirmed.parse(event.payload);
  await notifyOrder(deps, event, {
    template: notificationTemplates.orderConfirmation,
    orderId,
    render: ({ store, order }, language) => renderOrderConfirmation({ store, order, language }),
    whatsAppParameters: ({ store, order }, language) => [
      store.name,
      String(order.number),
      formatMoney(order.total, order.currency, language),
      orderUrl(store.url, order.id),
    ],
  });
}
