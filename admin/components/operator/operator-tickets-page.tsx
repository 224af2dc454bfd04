'use client';

import Link from 'next/link';
import { z } from 'zod';
import { ticketStatuses } from '@mpb/contracts';
import { managePlatformApi } from '../../lib/browser-client';
import { describeApiError } from '../../lib/form-errors';
import { FormAlert } from '../form-alert';
import { useI18n } from '../i18n-provider';
import { formatDateTime } from '../manage/format';
import { TicketStatusBadge } from '../manage/ticket-status-badge';
import { usePagedList } from '../manage/use-paged-list';
import { useUrlFilters } from '../manage/use-url-filters';
import { SelectField } from '../select-field';
import { headingClass, linkClass } from '../styles';
import { Button } from '../ui/button';
import { Table, TableHead, tdClass } from '../ui/table';

const filterFields = { status: z.enum(ticketStatuses) };

/** Every store's support tickets, most recently updated first, for operators to answer. */
export function OperatorTicketsPage() {
  const { t, language } = useI18n();
  const { filters, setFilters, key } = useUrlFilters(filterFields);
  const list = usePagedList(`operator-tickets${key}`, (cursor, signal) =>
    managePlatformApi.operatorListTickets({ ...filters, cursor, limit: 50 }, signal),
  );
  return (
    <section aria-labelledby="operator-tickets-heading" className="space-y-4">
      <title>{`${t.manage.operator.tickets} · ${t.app.name}`}</title>
      <h1 id="operator-tickets-heading" className={headingClass}>
        {t.manage.operator.tickets}
      </h1>
      <SelectField
        label={t.manage.help.status}
        name="status"
        value={filters.status ?? ''}
        onChange={(event) => setFilters({ status: event.target.value })}
        options={[
          { value: '', label: t.manage.orders.anyStatus },
          ...ticketStatuses.map((value) => ({ value, label: t.manage.help.statuses[value] })),
        ]}
        className="max-w-xs"
      />
      <FormAlert message={list.error ? describeApiError(list.error, t) : null} />
      {list.items.length > 0 ? (
        <Table caption={t.manage.operator.tickets}>
          <TableHead
            columns={[
              { label: t.manage.help.subject },
              { label: t.manage.operator.store },
              { label: t.manage.help.status },
              { label: t.manage.help.updated },
            ]}
          />
          <tbody>
            {list.items.map((ticket) => (
              <tr key={ticket.id}>
                <th scope="row" className={`${tdClass} font-normal`}>
                  <Link href={`/operator/tickets/${ticket.id}`} className={linkClass}>
                    {ticket.subject}
                  </Link>
                  <span className="block text-xs text-slate-600">
                    {t.manage.help.ticketCategories[ticket.category]} · {ticket.openedBy ?? '—'}
                  </span>
                </th>
                <td className={tdClass}>
                  {ticket.tenant.name}
                  <span className="block font-mono text-xs text-slate-600">
                    {ticket.tenant.slug}
                  </span>
                </td>
                <td className={tdClass}>
                  <TicketStatusBadge status={ticket.status} />
                </td>
                <td className={`${tdClass} whitespace-nowrap`}>
                  {formatDateTime(ticket.updatedAt, language)}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : list.isLoading ? (
        <p role="status">{t.app.loading}</p>
      ) : (
        <p>{t.manage.help.noTickets}</p>
      )}
      {list.hasMore ? (
        <Button variant="secondary" onClick={list.loadMore} isPending={list.isLoading}>
          {t.manage.common.loadMore}
        </Button>
      ) : null}
    </section>
  );
}
