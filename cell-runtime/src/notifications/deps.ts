import type { Knex } from '@mpb/db';
import type { Logger } from '@mpb/observability';
import type { MailSender } from './mail-sender';
import type { WhatsAppSender } from './whatsapp-sender';

/** What the notifiers need; tests pass their own senders. */
export interface NotifierDeps {
  db: Knex;
  logger: Logger;
  mail: MailSender;
  /** Undefined when WhatsApp is not configured: the channel is off. */
  whatsapp: WhatsAppSender | undefined;
  /** The platform's public URL, whose scheme and port store links use. */
  publicBaseUrl: string;
}

/**
 * Template names, as recorded in `notifications.template` and sent to the WhatsApp provider
 * (whose approved templates must carry these names).
 */
export const notificationTemplates = {
  orderConfirmation: 'order_confirmation',
  orderShipped: 'order_shipped',
  orderRefunded: 'order_refunded',
  customerLogin: 'customer_login',
} as const;

export type NotificationTemplate =
  (typeof notificationTemplates)[keyof typeof notificationTemplates];
