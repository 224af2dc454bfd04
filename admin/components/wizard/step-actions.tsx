'use client';

import Link from 'next/link';
import { previousStep, setupPath, type WizardStep } from '../../lib/wizard-steps';
import { useI18n } from '../i18n-provider';
import { secondaryButtonClass } from '../styles';
import { Button } from '../ui/button';

interface Props {
  step: WizardStep;
  tenantId: string;
  /** The form the Continue button submits; without it, `onContinue` runs on click. */
  formId?: string;
  onContinue?: () => void;
  continueLabel?: string;
  isContinueDisabled?: boolean;
  /** Present on steps that may be left for later. */
  onSkip?: () => void;
  isSaving: boolean;
}

/** Back, Skip and Continue, in that order on every step; Continue is the one to press. */
export function StepActions({
  step,
  tenantId,
  formId,
  onContinue,
  continueLabel,
  isContinueDisabled = false,
  onSkip,
  isSaving,
}: Props) {
  const { t } = useI18n();
  const back = previousStep(step);
  return (
    <div className="flex flex-col-reverse gap-3 border-t border-slate-200 pt-4 sm:flex-row sm:items-center sm:justify-between">
      {back ? (
        <Link href={setupPath(tenantId, back)} className={secondaryButtonClass}>
          {t.wizard.back}
        </Link>
      ) : (
        <span />
      )}
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:items-center">
        {onSkip ? (
          <Button variant="quiet" onClick={onSkip} disabled={isSaving}>
            {t.wizard.skip}
          </Button>
        ) : null}
        <Button
          type={formId ? 'submit' : 'button'}
          form={formId}
          onClick={formId ? undefined : onContinue}
          disabled={isContinueDisabled}
          isPending={isSaving}
          pendingLabel={t.wizard.saving}
        >
          {continueLabel ?? t.wizard.continue}
        </Button>
      </div>
      <p role="status" className="sr-only">
        {isSaving ? t.wizard.saving : ''}
      </p>
    </div>
  );
}
