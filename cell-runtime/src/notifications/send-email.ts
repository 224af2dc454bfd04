import type { Knex } from '@mpb/db';
import type { DomainEvent } from '../events';
import type { NotifierDeps, NotificationTemplate } from './deps';
import { MailNotConfiguredError } from './mail-sender';
import { deliverOnce } from './notification-ledger';
import type { RenderedEmail } from './templates/layout';
import type { StoreView } from './templates/views';

export interface EmailRequest {
  event: DomainEvent;
  template: NotificationTemplate;
  to: string;
  store: StoreView;
  /** Renders the email inside the delivery's savepoint, so it may write (a sign-in token). */
  compose(trx: Knex.Transaction): Promise<RenderedEmail>;
}

/**
 * Emails once per event and template. A worker without SMTP records the email as `failed`
 * ("SMTP not configured") and warns instead of throwing: retrying cannot help until it is
 * configured, and the row keeps the record. Any other failure is thrown for the stream to retry.
 */
export async function sendEmail(deps: NotifierDeps, request: EmailRequest): Promise<void> {
  const { event, template, store } = request;
  try {
    const outcome = await deliverOnce(
      deps.db,
      {
        tenantId: event.tenantId,
        eventId: event.id,
        channel: 'email',
        template,
        recipient: request.to,
      },
      async (trx, notificationId) => {
        const email = await request.compose(trx);
        await deps.mail.send({
          ...email,
          id: notificationId,
          to: request.to,
          fromName: store.name,
          replyTo: store.supportEmail,
        });
      },
    );
    deps.logger.info({ event_id: event.id, template, outcome }, 'email notification');
  } catch (error) {
    if (!(error instanceof MailNotConfiguredError)) throw error;
    deps.logger.warn(
      { event_id: event.id, template },
      'SMTP not configured: email recorded as failed, not sent',
    );
  }
}
