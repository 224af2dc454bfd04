'use client';

import type { AdminOrder } from '@mpb/contracts';
import { formatMoney } from '../../lib/money';
import { useI18n } from '../i18n-provider';
import { formatDateTime } from './format';

type Entry = AdminOrder['timeline'][number];

/** What happened to an order, oldest first, with who did each step. */
export function OrderTimeline({ order }: { order: AdminOrder }) {
  const { t, language } = useI18n();
  return (
    <ol className="space-y-3 border-l-2 border-slate-200 pl-4" data-testid="order-timeline">
      {order.timeline.map((entry) => (
        <li key={entry.id} className="relative">
          <span
            aria-hidden="true"
            className="absolute top-1.5 -left-[1.4rem] size-2.5 rounded-full bg-indigo-600"
          />
          <p className="font-medium">{describeType(entry, t)}</p>
          <p className="text-sm text-slate-600">
            <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time>
            {' · '}
            {t.manage.orders.actors[entry.actor.type]}
          </p>
          <EntryDetails entry={entry} currency={order.totals.currency} />
        </li>
      ))}
    </ol>
  );
}

function describeType(entry: Entry, t: ReturnType<typeof useI18n>['t']): string {
  const labels: Record<string, string> = { ...t.manage.orders.statuses, ...t.manage.orders.events };
  return labels[entry.type] ?? entry.type.replace(/_/g, ' ');
}

/** The few details worth reading in the timeline: tracking, an amount, a reason. */
function EntryDetails({ entry, currency }: { entry: Entry; currency: string }) {
  const { t, language } = useI18n();
  const { carrier, trackingNumber, amount, reason } = entry.data;
  const parts: string[] = [];
  if (typeof carrier === 'string' && typeof trackingNumber === 'string') {
    parts.push(t.manage.orders.trackingLine(carrier, trackingNumber));
  }
  if (typeof amount === 'number') parts.push(formatMoney(amount, currency, language));
  if (typeof reason === 'string' && reason) parts.push(reason);
  if (parts.length === 0) return null;
  return <p className="text-sm break-words text-slate-800">{parts.join(' · ')}</p>;
}
