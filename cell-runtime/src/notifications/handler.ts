import type { Knex } from '@mpb/db';
import type { Logger } from '@mpb/observability';
import type { EventHandler, EventType, DomainEvent } from '../events';
import type { NotifierDeps } from './deps';
import { createMailSender } from './mail-sender';
import { notifyOrderPaid } from './notify-order-paid';
import { notifyOrderRefunded } from './notify-order-refunded';
import { notifyOrderShipped } from './notify-order-shipped';
import { sendLoginLink } from './send-login-link';
import { createWhatsAppSender } from './whatsapp-sender';

/** The consumer group: renaming it would replay the whole stream to shoppers' inboxes. */
export const NOTIFICATIONS_CONSUMER = 'notifications';

const notifiers: Partial<
  Record<EventType, (deps: NotifierDeps, event: DomainEvent) => Promise<void>>
> = {
  PaymentConfirmed: notifyOrderPaid,
  OrderShipped: notifyOrderShipped,
  OrderRefunded: notifyOrderRefunded,
  CustomerLoginRequested: sendLoginLink,
};

/** Emails (and WhatsApp messages) for the shopper journey, each sent once per event. */
export function createNotificationsHandler(deps: NotifierDeps): EventHandler {
  return {
    name: NOTIFICATIONS_CONSUMER,
    types: Object.keys(notifiers) as EventType[],
    async handle(event) {
      await notifiers[event.type]?.(deps, event);
    },
  };
}

/** The worker's settings for notifications (a subset of the cell worker config). */
export interface NotificationsConfig {
  PUBLIC_BASE_URL: string;
  SMTP_URL?: string | undefined;
  MAIL_FROM_ADDRESS: string;
  WHATSAPP_API_URL?: string | undefined;
  WHATSAPP_API_TOKEN?: string | undefined;
}

/**
 * The handler with senders made from the worker's config. Missing SMTP is allowed (emails are
 * recorded as failed) and missing WhatsApp turns the channel off; both are said once at start-up.
 */
export function notificationsHandlerFromConfig(deps: {
  db: Knex;
  logger: Logger;
  config: NotificationsConfig;
}): EventHandler {
  const { config, logger } = deps;
  const mail = createMailSender({
    smtpUrl: config.SMTP_URL,
    fromAddress: config.MAIL_FROM_ADDRESS,
  });
  if (!mail.isConfigured) {
    logger.warn('SMTP_URL is not set: emails will be recorded as failed and not sent');
  }
  const whatsapp = createWhatsAppSender({
    apiUrl: config.WHATSAPP_API_URL,
    apiToken: config.WHATSAPP_API_TOKEN,
  });
  if (!whatsapp && (config.WHATSAPP_API_URL || config.WHATSAPP_API_TOKEN)) {
    logger.warn('WhatsApp needs both WHATSAPP_API_URL and WHATSAPP_API_TOKEN: channel off');
  }
  return createNotificationsHandler({
    db: deps.db,
    logger,
    mail,
    whatsapp,
    publicBaseUrl: config.PUBLIC_BASE_URL,
  });
}
