'use client';

import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { z } from 'zod';
import type {
  Onboarding,
  OnboardingStep,
  OnboardingStepStatus,
  paymentStatusSchema,
  Tenant,
} from '@mpb/contracts';
import { isApiError } from '../../lib/api-error';
import { onboardingApi, platformApi } from '../../lib/browser-client';

export type PaymentStatus = z.infer<typeof paymentStatusSchema>;

interface WizardState {
  tenantId: string;
  tenant: Tenant | null;
  onboarding: Onboarding | null;
  /** Null until the store is ready and its status has been read. */
  payments: PaymentStatus | null;
  error: unknown;
  isReady: boolean;
  /** Saves a step on the control plane and keeps its answer; rejects with ApiError. */
  saveStep: (
    step: OnboardingStep,
    status: OnboardingStepStatus,
    data?: Record<string, unknown>,
  ) => Promise<Onboarding>;
  setTenant: (tenant: Tenant) => void;
  setPayments: (payments: PaymentStatus) => void;
  /** Re-reads the store and its progress, e.g. after publishing or changing its profile. */
  refresh: () => Promise<void>;
}

const WizardContext = createContext<WizardState | null>(null);

const pollMs = 1000;
const retryMs = 3000;

/**
 * The store being set up and its saved progress, shared by every step page. Progress comes from
 * the control plane, so a merchant resumes where they stopped in any browser. While the store
 * is provisioning, its progress is re-read every second.
 */
export function WizardProvider({ tenantId, children }: { tenantId: string; children: ReactNode }) {
  const [tenant, setTenant] = useState<Tenant | null>(null);
  const [onboarding, setOnboarding] = useState<Onboarding | null>(null);
  const [payments, setPayments] = useState<PaymentStatus | null>(null);
  const [error, setError] = useState<unknown>(null);
  const status = onboarding?.provisioning.status;
  const isReady = status === 'ready';

  const refresh = useCallback(async () => {
    const [nextTenant, nextOnboarding] = await Promise.all([
      platformApi.getTenant(tenantId),
      onboardingApi.getOnboarding(tenantId),
    ]);
    setTenant(nextTenant);
    setOnboarding(nextOnboarding);
  }, [tenantId]);

  useEffect(() => {
    const controller = new AbortController();
    Promise.all([
      platformApi.getTenant(tenantId, controller.signal),
      onboardingApi.getOnboarding(tenantId, controller.signal),
    ])
      .then(([nextTenant, nextOnboarding]) => {
        setTenant(nextTenant);
        setOnboarding(nextOnboarding);
      })
      .catch((caught: unknown) => {
        if (!controller.signal.aborted) setError(caught);
      });
    return () => controller.abort();
  }, [tenantId]);

  // Provisioning runs in the background: follow it until the store settles.
  useEffect(() => {
    if (status !== 'provisioning') return;
    const controller = new AbortController();
    let timer: number | undefined;
    async function poll() {
      try {
        const next = await onboardingApi.getOnboarding(tenantId, controller.signal);
        setOnboarding(next);
        if (next.provisioning.status === 'provisioning') {
          timer = window.setTimeout(() => void poll(), pollMs);
        } else {
          setTenant(await platformApi.getTenant(tenantId, controller.signal));
        }
      } catch (caught) {
        if (controller.signal.aborted) return;
        // A blip must not freeze the progress; a 404 will not heal.
        const isTransient =
          isApiError(caught) && (caught.code === 'NETWORK' || caught.status >= 500);
        if (isTransient) timer = window.setTimeout(() => void poll(), retryMs);
        else setError(caught);
      }
    }
    timer = window.setTimeout(() => void poll(), pollMs);
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
  }, [status, tenantId]);

  useEffect(() => {
    if (!isReady) return;
    const controller = new AbortController();
    onboardingApi
      .getPaymentStatus(tenantId, controller.signal)
      .then(setPayments)
      // The banner is a reminder; the payments step reports its own failures.
      .catch(() => undefined);
    return () => controller.abort();
  }, [isReady, tenantId]);

  const saveStep = useCallback(
    async (
      step: OnboardingStep,
      stepStatus: OnboardingStepStatus,
      data?: Record<string, unknown>,
    ) => {
      const next = await onboardingApi.saveStep(tenantId, step, {
        status: stepStatus,
        ...(data ? { data } : {}),
      });
      setOnboarding(next);
      return next;
    },
    [tenantId],
  );

  const value = useMemo(
    () => ({
      tenantId,
      tenant,
      onboarding,
      payments,
      error,
      isReady,
      saveStep,
      setTenant,
      setPayments,
      refresh,
    }),
    [tenantId, tenant, onboarding, payments, error, isReady, saveStep, refresh],
  );
  return <WizardContext.Provider value={value}>{children}</WizardContext.Provider>;
}

export function useWizard(): WizardState {
  const state = useContext(WizardContext);
  if (!state) throw new Error('useWizard must be used inside <WizardProvider>');
  return state;
}
