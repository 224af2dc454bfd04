'use client';

import Link from 'next/link';
import { managePlatformApi } from '../../lib/browser-client';
import { describeApiError } from '../../lib/form-errors';
import { languageNames } from '../../lib/i18n';
import { FormAlert } from '../form-alert';
import { useI18n } from '../i18n-provider';
import { ReplyForm } from '../manage/reply-form';
import { TicketStatusBadge } from '../manage/ticket-status-badge';
import { TicketThread } from '../manage/ticket-thread';
import { useLoad } from '../manage/use-load';
import { cardClass, headingClass, linkClass } from '../styles';

/** A store's support ticket as an operator answers it (and may close it with the answer). */
export function OperatorTicketPage({ ticketId }: { ticketId: string }) {
  const { t } = useI18n();
  const ticket = useLoad(`operator-ticket:${ticketId}`, (signal) =>
    managePlatformApi.operatorGetTicket(ticketId, signal),
  );
  const data = ticket.data;
  return (
    <section aria-labelledby="ticket-heading" className="space-y-4">
      <title>{`${data?.subject ?? t.manage.operator.tickets} · ${t.app.name}`}</title>
      <Link href="/operator/tickets" className={linkClass}>
        {t.manage.operator.backToTickets}
      </Link>
      <h1 id="ticket-heading" className={`${headingClass} break-words`}>
        {data?.subject ?? t.manage.operator.tickets}
      </h1>
      <FormAlert message={ticket.error ? describeApiError(ticket.error, t) : null} />
      {data ? (
        <>
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <TicketStatusBadge status={data.status} />
            <span>
              {data.tenant.name} ({data.tenant.slug})
            </span>
            <span>{t.manage.operator.answerIn(languageNames[data.tenant.language])}</span>
          </div>
          <TicketThread ticket={data} />
          <div className={cardClass}>
            <ReplyForm
              canClose
              onSend={async (body, close) => {
                const updated = await managePlatformApi.operatorReply(ticketId, { body, close });
                ticket.setData(() => updated);
              }}
            />
          </div>
        </>
      ) : ticket.isLoading ? (
        <p role="status">{t.app.loading}</p>
      ) : null}
    </section>
  );
}
