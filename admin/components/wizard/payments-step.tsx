'use client';

import { useEffect, useState } from 'react';
import { useRouter } from 'next/navigation';
import { onboardingApi } from '../../lib/browser-client';
import { describeApiError } from '../../lib/form-errors';
import { setupPath } from '../../lib/wizard-steps';
import { FormAlert } from '../form-alert';
import { useI18n } from '../i18n-provider';
import { cardClass } from '../styles';
import { Notice } from '../ui/notice';
import { StepActions } from './step-actions';
import { StepFrame } from './step-frame';
import { useWizard } from './wizard-provider';

/**
 * Step 5: connect the store's Stripe account (Stripe's own onboarding pages, which send the
 * merchant back here), or skip and sell in test mode until then.
 */
export function PaymentsStep() {
  const { t } = useI18n();
  const router = useRouter();
  const { tenantId, isReady, payments, setPayments, saveStep } = useWizard();
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);

  // Coming back from Stripe: read the status again rather than trust the one loaded before.
  useEffect(() => {
    if (!isReady) return;
    const controller = new AbortController();
    onboardingApi
      .getPaymentStatus(tenantId, controller.signal)
      .then(setPayments)
      .catch((caught: unknown) => {
        if (!controller.signal.aborted) setError(caught);
      });
    return () => controller.abort();
  }, [isReady, tenantId, setPayments]);

  async function connect() {
    setIsBusy(true);
    setError(null);
    try {
      const link = await onboardingApi.startStripeOnboarding(
        tenantId,
        setupPath(tenantId, 'payments'),
      );
      setPayments(link);
      window.location.assign(link.url);
    } catch (caught) {
      setError(caught);
      setIsBusy(false);
    }
  }

  async function save(status: 'done' | 'skipped') {
    setIsBusy(true);
    setError(null);
    try {
      await saveStep('payments', status);
      router.push(setupPath(tenantId, 'shipping-and-taxes'));
    } catch (caught) {
      setError(caught);
      setIsBusy(false);
    }
  }

  const isConnected = payments?.chargesEnabled === true;
  const isStarted = payments?.accountId !== null && payments?.accountId !== undefined;
  return (
    <StepFrame title={t.wizard.payments.title} intro={t.wizard.payments.intro}>
      <FormAlert message={error ? describeApiError(error, t) : null} />
      <div className={`${cardClass} space-y-3`}>
        {isConnected ? (
          <Notice tone="success" title={t.wizard.payments.connected} role="status" />
        ) : (
          <>
            <p>{isStarted ? t.wizard.payments.unfinished : t.wizard.payments.explain}</p>
            <p className="text-sm text-slate-600">{t.wizard.payments.testModeExplain}</p>
            {!isReady ? (
              <p className="text-sm text-slate-600">{t.wizard.payments.waiting}</p>
            ) : null}
          </>
        )}
      </div>
      <StepActions
        step="payments"
        tenantId={tenantId}
        continueLabel={
          isConnected ? undefined : isStarted ? t.wizard.payments.finish : t.wizard.payments.connect
        }
        onContinue={() => void (isConnected ? save('done') : connect())}
        isContinueDisabled={!isReady}
        onSkip={isConnected ? undefined : () => void save('skipped')}
        isSaving={isBusy}
      />
    </StepFrame>
  );
}
