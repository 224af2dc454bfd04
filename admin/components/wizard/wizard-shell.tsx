'use client';

import { useState, type ReactNode } from 'react';
import { useSelectedLayoutSegment } from 'next/navigation';
import { describeApiError } from '../../lib/form-errors';
import { isWizardStep } from '../../lib/wizard-steps';
import { FormAlert } from '../form-alert';
import { useI18n } from '../i18n-provider';
import { ProvisioningProgress } from './provisioning-progress';
import { TestModeBanner } from './test-mode-banner';
import { useWizard } from './wizard-provider';
import { WizardStepper } from './wizard-stepper';

/** Around every step page of a store's setup: the steps, provisioning and the test-mode banner. */
export function WizardShell({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { tenantId, tenant, onboarding, payments, error } = useWizard();
  const segment = useSelectedLayoutSegment();
  const viewing = segment && isWizardStep(segment) ? segment : null;
  // Once watched, the finished progress stays so its live region can say "ready".
  const [hasWatchedProvisioning, setHasWatchedProvisioning] = useState(false);
  const provisioning = onboarding?.provisioning;
  if (provisioning?.status === 'provisioning' && !hasWatchedProvisioning) {
    setHasWatchedProvisioning(true);
  }
  const showsProvisioning =
    provisioning !== undefined && (provisioning.status !== 'ready' || hasWatchedProvisioning);
  const isTestMode = payments !== null && !payments.chargesEnabled;

  return (
    <div className="space-y-5">
      <div className="space-y-3">
        <p className="text-sm text-slate-700">
          {tenant ? t.wizard.settingUp(tenant.name) : t.wizard.title}
        </p>
        {viewing ? (
          <WizardStepper onboarding={onboarding} tenantId={tenantId} viewing={viewing} />
        ) : null}
      </div>
      {showsProvisioning ? <ProvisioningProgress provisioning={provisioning} /> : null}
      {isTestMode ? (
        <TestModeBanner tenantId={tenantId} showsLink={viewing !== 'payments'} />
      ) : null}
      <FormAlert message={error ? describeApiError(error, t) : null} />
      {!onboarding && !error ? <p role="status">{t.app.loading}</p> : null}
      {onboarding && tenant ? children : null}
    </div>
  );
}
