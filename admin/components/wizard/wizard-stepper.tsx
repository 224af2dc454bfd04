'use client';

import Link from 'next/link';
import type { Onboarding } from '@mpb/contracts';
import {
  canOpenStep,
  setupPath,
  stepState,
  wizardSteps,
  type StepState,
  type WizardStep,
} from '../../lib/wizard-steps';
import { useI18n } from '../i18n-provider';

const markClass: Record<StepState | 'viewing', string> = {
  done: 'bg-green-700 text-white',
  skipped: 'bg-slate-200 text-slate-800',
  current: 'border-2 border-indigo-700 bg-white text-indigo-800',
  pending: 'border border-slate-400 bg-white text-slate-700',
  viewing: 'bg-indigo-700 text-white',
};

interface Props {
  /** Null before the store exists (the identity step of a new store). */
  onboarding: Onboarding | null;
  tenantId: string | null;
  viewing: WizardStep;
}

/**
 * The wizard's steps, numbered from the account (already done). Done and skipped steps and the
 * current one are links, so a merchant can go back without losing anything. On a phone only the
 * step being viewed keeps its name on screen; the others keep it for screen readers.
 */
export function WizardStepper({ onboarding, tenantId, viewing }: Props) {
  const { t } = useI18n();
  const total = wizardSteps.length + 1;
  const viewingNumber = wizardSteps.indexOf(viewing) + 2;

  function stateOf(step: WizardStep): StepState {
    if (!onboarding) return step === 'identity' ? 'current' : 'pending';
    return stepState(onboarding, step);
  }

  return (
    <nav aria-label={t.wizard.stepsLabel} className="space-y-2">
      <p className="text-sm font-medium text-slate-700">{t.wizard.stepOf(viewingNumber, total)}</p>
      <ol className="flex flex-wrap gap-2">
        <li className="flex items-center gap-1.5 text-sm">
          <Mark state="done" number={1} />
          <span className="sr-only sm:not-sr-only">{t.wizard.steps.account}</span>
          <span className="sr-only"> ({t.wizard.stepStates.done})</span>
        </li>
        {wizardSteps.map((step, index) => {
          const state = stateOf(step);
          const isViewing = step === viewing;
          const isLinked =
            !isViewing && tenantId !== null && onboarding !== null && canOpenStep(onboarding, step);
          const content = (
            <>
              <Mark state={isViewing ? 'viewing' : state} number={index + 2} />
              <span className={isViewing ? 'font-semibold' : 'sr-only sm:not-sr-only'}>
                {t.wizard.steps[step]}
              </span>
              <span className="sr-only"> ({t.wizard.stepStates[state]})</span>
            </>
          );
          return (
            <li key={step} aria-current={isViewing ? 'step' : undefined}>
              {isLinked ? (
                <Link
                  href={setupPath(tenantId, step)}
                  className="flex min-h-8 items-center gap-1.5 rounded-full pr-2 text-sm text-indigo-800 underline-offset-2 hover:underline"
                >
                  {content}
                </Link>
              ) : (
                <span className="flex min-h-8 items-center gap-1.5 pr-2 text-sm">{content}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

function Mark({ state, number }: { state: StepState | 'viewing'; number: number }) {
  return (
    <span
      aria-hidden="true"
      className={`inline-flex size-8 shrink-0 items-center justify-center rounded-full text-sm font-bold ${markClass[state]}`}
    >
      {state === 'done' ? '✓' : number}
    </span>
  );
}
