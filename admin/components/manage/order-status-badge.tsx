'use client';

import type { OrderStatusName } from '@mpb/contracts';
import { useI18n } from '../i18n-provider';

const colours: Record<OrderStatusName, string> = {
  created: 'bg-slate-100 text-slate-800',
  paid: 'bg-green-100 text-green-900',
  shipped: 'bg-sky-100 text-sky-900',
  delivered: 'bg-indigo-100 text-indigo-900',
  cancelled: 'bg-red-100 text-red-900',
  refunded: 'bg-amber-100 text-amber-900',
};

/** An order's status as a word; the colour only repeats it. */
export function OrderStatusBadge({ status }: { status: OrderStatusName }) {
  const { t } = useI18n();
  return (
    <span
      className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-sm font-medium ${colours[status]}`}
      data-testid="order-status"
    >
      {t.manage.orders.statuses[status]}
    </span>
  );
}
