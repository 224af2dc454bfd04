'use client';

import type { TenantStatus } from '@mpb/contracts';
import { useI18n } from './i18n-provider';

const statusColours: Record<TenantStatus, string> = {
  provisioning: 'bg-amber-100 text-amber-900',
  ready: 'bg-green-100 text-green-900',
  failed: 'bg-red-100 text-red-900',
  suspended: 'bg-slate-200 text-slate-900',
};

const badgeClass = 'inline-flex items-center rounded-full px-2.5 py-0.5 text-sm font-medium';

/** A store's lifecycle status; the word carries the meaning, the colour only repeats it. */
export function StatusBadge({ status }: { status: TenantStatus }) {
  const { t } = useI18n();
  return (
    <span className={`${badgeClass} ${statusColours[status]}`}>{t.stores.status[status]}</span>
  );
}

export function LiveBadge({ isLive }: { isLive: boolean }) {
  const { t } = useI18n();
  return (
    <span
      className={`${badgeClass} ${isLive ? 'bg-indigo-100 text-indigo-900' : 'bg-slate-100 text-slate-700'}`}
    >
      {isLive ? t.stores.live : t.stores.notLive}
    </span>
  );
}
