'use client';

import type { Onboarding } from '@mpb/contracts';
import { useI18n } from '../i18n-provider';

/**
 * The store's provisioning as one line and a bar, from the workflow's state. It stays mounted
 * (and announces "ready") once the merchant has watched it, then makes no more noise.
 */
export function ProvisioningProgress({
  provisioning,
}: {
  provisioning: Onboarding['provisioning'];
}) {
  const { t } = useI18n();
  const { status, steps, completedSteps, error } = provisioning;
  const total = steps.length || 1;
  const done = status === 'ready' ? total : completedSteps.length;
  const percent = Math.round((done / total) * 100);

  if (status === 'failed') {
    return (
      <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
        <p className="font-medium">{t.wizard.provisioning.failed}</p>
        {error ? <p className="mt-1 text-sm break-words">{error}</p> : null}
      </div>
    );
  }
  return (
    <div className="rounded-md border border-slate-200 bg-white p-3">
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <p role="status" className="font-medium text-slate-800">
          {status === 'ready'
            ? t.wizard.provisioning.ready
            : t.wizard.provisioning.progress(done, total)}
        </p>
        {status === 'provisioning' ? (
          <p className="text-slate-600">{t.wizard.provisioning.background}</p>
        ) : null}
      </div>
      <div
        role="progressbar"
        aria-label={t.wizard.provisioning.title}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="mt-2 h-2 overflow-hidden rounded-full bg-slate-200"
      >
        <div
          className="h-full rounded-full bg-indigo-700 transition-[width] motion-reduce:transition-none"
          style={{ width: `${percent}%` }}
        />
      </div>
    </div>
  );
}
