import type { Language } from '@mpb/contracts';
import type { DomainEvent } from '../events';
import type { NotifierDeps, NotificationTemplate } from './deps';
import { pickLanguage } from './i18n';
import { loadOrderContext, type OrderContext } from './repository';
import { sendEmail } from './send-email';
import { sendWhatsApp } from './send-whatsapp';
import type { RenderedEmail } from './templates/layout';

export interface OrderNotification {
  template: NotificationTemplate;
  orderId: string;
  render(context: OrderContext, language: Language): RenderedEmail;
  /** The WhatsApp template's parameters, for notifications that have one. */
  whatsAppParameters?(context: OrderContext, language: Language): string[];
}

/**
 * Sends an order notification on every channel it has. Channels are independent: each is tried
 * even when another failed, and each is recorded on its own, so the retry of a half-failed event
 * only redoes the channel that failed.
 */
export async function notifyOrder(
  deps: NotifierDeps,
  event: DomainEvent,
  notification: OrderNotification,
): Promise<void> {
  const { template } = notification;
  const context = await loadOrderContext(
    deps.db,
    event.tenantId,
    notification.orderId,
    deps.publicBaseUrl,
  );
  if (!context) {
    // Deleted since (the store was removed): nobody to tell, and retrying will not change that.
    deps.logger.warn({ event_id: event.id, template }, 'order or store not found: not notified');
    return;
  }
  const language = pickLanguage(context.order.locale, context.store.language);
  const failures: unknown[] = [];

  const to = context.order.email;
  if (to) {
    await sendEmail(deps, {
      event,
      template,
      to,
      store: context.store,
      compose: () => Promise.resolve(notification.render(context, language)),
    }).catch((error: unknown) => failures.push(error));
  } else {
    deps.logger.warn({ event_id: event.id, template }, 'order has no email: not emailed');
  }

  if (notification.whatsAppParameters) {
    await sendWhatsApp(deps, {
      event,
      template,
      address: context.order.shippingAddress,
      language,
      parameters: notification.whatsAppParameters(context, language),
    }).catch((error: unknown) => failures.push(error));
  }

  if (failures.length === 1) throw failures[0];
  if (failures.length > 1) throw new AggregateError(failures, describeAll(failures));
}

function describeAll(errors: unknown[]): string {
  return errors.map((error) => (error instanceof Error ? error.message : String(error))).join('; ');
}
