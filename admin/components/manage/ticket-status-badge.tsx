'use client';

import type { ticketStatuses } from '@mpb/contracts';
import { useI18n } from '../i18n-provider';

type Status = (typeof ticketStatuses)[number];

const colours: Record<Status, string> = {
  open: 'bg-amber-100 text-amber-900',
  answered: 'bg-green-100 text-green-900',
  closed: 'bg-slate-200 text-slate-900',
};

/** A support ticket's status as a word; the colour only repeats it. */
export function TicketStatusBadge({ status }: { status: Status }) {
  const { t } = useI18n();
  return (
    <span
      className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-sm font-medium ${colours[status]}`}
    >
      {t.manage.help.statuses[status]}
    </span>
  );
}
