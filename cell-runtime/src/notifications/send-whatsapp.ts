import type { Language } from '@mpb/contracts';
import type { DomainEvent } from '../events';
import type { NotifierDeps, NotificationTemplate } from './deps';
import { deliverOnce } from './notification-ledger';
import type { ShippingAddressView } from './templates/views';
import { toE164 } from './whatsapp-sender';

export interface WhatsAppRequest {
  event: DomainEvent;
  template: NotificationTemplate;
  address: ShippingAddressView | null;
  language: Language;
  parameters: string[];
}

/**
 * Sends a WhatsApp message once per event and template, when the channel is configured and the
 * order has a phone in E.164 form. Otherwise nothing is recorded: WhatsApp is opt-in, and a row
 * for every order without it would only be noise (the ledger has no `skipped` status either).
 */
export async function sendWhatsApp(deps: NotifierDeps, request: WhatsAppRequest): Promise<void> {
  const { whatsapp } = deps;
  if (!whatsapp) return;
  const to = toE164(request.address?.phone);
  if (!to) {
    deps.logger.debug(
      { event_id: request.event.id, template: request.template },
      'no E.164 phone on the order: WhatsApp skipped',
    );
    return;
  }
  const outcome = await deliverOnce(
    deps.db,
    {
      tenantId: request.event.tenantId,
      eventId: request.event.id,
      channel: 'whatsapp',
      template: request.template,
      recipient: to,
    },
    () =>
      whatsapp.send({
        to,
        template: request.template,
        language: request.language,
        parameters: request.parameters,
      }),
  );
  deps.logger.info(
    { event_id: request.event.id, template: request.template, outcome },
    'whatsapp notification',
  );
}
