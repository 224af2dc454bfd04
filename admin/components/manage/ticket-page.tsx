'use client';

import { useState } from 'react';
import Link from 'next/link';
import { managePlatformApi } from '../../lib/browser-client';
import { describeApiError } from '../../lib/form-errors';
import { FormAlert } from '../form-alert';
import { useI18n } from '../i18n-provider';
import { cardClass, linkClass } from '../styles';
import { Button } from '../ui/button';
import { ManagePage } from './manage-page';
import { useManage } from './manage-provider';
import { ReplyForm } from './reply-form';
import { TicketStatusBadge } from './ticket-status-badge';
import { TicketThread } from './ticket-thread';
import { useLoad } from './use-load';

/** One of the store's support tickets: the conversation, a reply, closing it. */
export function TicketPage({ ticketId }: { ticketId: string }) {
  const { t } = useI18n();
  const { tenant, can } = useManage();
  const ticket = useLoad(`ticket:${ticketId}`, (signal) =>
    managePlatformApi.getTicket(tenant.id, ticketId, signal),
  );
  const [error, setError] = useState<unknown>(null);

  async function close() {
    setError(null);
    try {
      const closed = await managePlatformApi.closeTicket(tenant.id, ticketId);
      ticket.setData(() => closed);
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <ManagePage title={ticket.data?.subject ?? t.manage.help.tickets} permission="support:read">
      <Link href={`/stores/${tenant.id}/help`} className={linkClass}>
        {t.manage.help.back}
      </Link>
      <FormAlert
        message={error || ticket.error ? describeApiError(error ?? ticket.error, t) : null}
      />
      {ticket.data ? (
        <div className="space-y-4">
          <div className="flex flex-wrap items-center gap-3">
            <TicketStatusBadge status={ticket.data.status} />
            <span className="text-sm text-slate-700">
              {t.manage.help.ticketCategories[ticket.data.category]}
            </span>
            {can('support:write') && ticket.data.status !== 'closed' ? (
              <Button variant="secondary" onClick={() => void close()}>
                {t.manage.help.close}
              </Button>
            ) : null}
          </div>
          <TicketThread ticket={ticket.data} />
          {can('support:write') ? (
            <div className={cardClass}>
              <ReplyForm
                onSend={async (body) => {
                  const updated = await managePlatformApi.replyTicket(tenant.id, ticketId, {
                    body,
                  });
                  ticket.setData(() => updated);
                }}
              />
            </div>
          ) : null}
        </div>
      ) : ticket.isLoading ? (
        <p role="status">{t.app.loading}</p>
      ) : null}
    </ManagePage>
  );
}
