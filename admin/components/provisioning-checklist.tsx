'use client';

import { provisioningSteps, type Tenant } from '@mpb/contracts';
import { useI18n } from './i18n-provider';

type StepState = 'done' | 'current' | 'failed' | 'pending';

const marks: Record<StepState, { symbol: string; className: string }> = {
  done: { symbol: '✓', className: 'bg-green-700 text-white' },
  current: { symbol: '…', className: 'bg-amber-200 text-amber-950 motion-safe:animate-pulse' },
  failed: { symbol: '✕', className: 'bg-red-700 text-white' },
  pending: { symbol: '', className: 'border border-slate-400 bg-white' },
};

/** The five provisioning steps as a checklist, with a live summary for screen readers. */
export function ProvisioningChecklist({ tenant }: { tenant: Tenant }) {
  const { t } = useI18n();
  const { status, provisioning } = tenant;
  const steps = provisioning.steps.length > 0 ? provisioning.steps : provisioningSteps;
  const completed = new Set(provisioning.completedSteps);
  const next = steps.findIndex((step) => !completed.has(step));

  function stateOf(index: number): StepState {
    const step = steps[index];
    if ((step && completed.has(step)) || status === 'ready') return 'done';
    if (index !== next) return 'pending';
    return status === 'failed' ? 'failed' : 'current';
  }

  const stateText: Record<StepState, string> = {
    done: t.provisioning.done,
    current: t.provisioning.inProgress,
    failed: t.stores.status.failed,
    pending: t.provisioning.pending,
  };
  const doneCount = status === 'ready' ? steps.length : completed.size;

  return (
    <section aria-labelledby="provisioning-heading" className="space-y-3">
      <h2 id="provisioning-heading" className="text-lg font-semibold">
        {t.provisioning.title}
      </h2>
      <ol className="space-y-2">
        {steps.map((step, index) => {
          const state = stateOf(index);
          return (
            <li
              key={step}
              className="flex items-center gap-3"
              aria-current={state === 'current' ? 'step' : undefined}
            >
              <span
                aria-hidden="true"
                className={`inline-flex size-6 shrink-0 items-center justify-center rounded-full text-sm font-bold ${marks[state].className}`}
              >
                {marks[state].symbol}
              </span>
              <span className={state === 'pending' ? 'text-slate-600' : undefined}>
                {t.provisioning.steps[step]}
                <span className="sr-only">{` (${stateText[state]})`}</span>
              </span>
            </li>
          );
        })}
      </ol>
      <p role="status" aria-live="polite" className="text-sm text-slate-700">
        {status === 'ready'
          ? t.provisioning.ready
          : t.provisioning.progress(doneCount, steps.length)}
      </p>
      {status === 'failed' ? (
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-800">
          <p className="font-medium">{t.provisioning.failed}</p>
          {provisioning.error ? (
            <p className="mt-1 text-sm break-words">{provisioning.error}</p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
