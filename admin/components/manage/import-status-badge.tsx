'use client';

import type { importStatuses } from '@mpb/contracts';
import { useI18n } from '../i18n-provider';

type Status = (typeof importStatuses)[number];

const colours: Record<Status, string> = {
  running: 'bg-amber-100 text-amber-900',
  completed: 'bg-green-100 text-green-900',
  failed: 'bg-red-100 text-red-900',
};

export function ImportStatusBadge({ status }: { status: Status }) {
  const { t } = useI18n();
  return (
    <span
      className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-sm font-medium ${colours[status]}`}
    >
      {t.manage.imports.statuses[status]}
    </span>
  );
}
