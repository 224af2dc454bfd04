import { onboardingSteps, type Onboarding, type OnboardingStepStatus } from '@mpb/contracts';

/**
 * Progress as the control plane reports it, for unit tests: `statuses` sets the steps given,
 * the rest are pending; `currentStep` is the first pending step, as the server computes it.
 */
export function onboardingWith(
  statuses: Partial<Record<Onboarding['steps'][number]['step'], OnboardingStepStatus>>,
  overrides: Partial<Onboarding> = {},
): Onboarding {
  const steps = onboardingSteps.map((step) => ({
    step,
    status:
      statuses[step] ?? (step === 'account' || step === 'identity' ? 'done' : ('pending' as const)),
    data: {},
    updatedAt: null,
  }));
  return {
    tenantId: '00000000-0000-4000-8000-000000000001',
    steps,
    currentStep: steps.find((step) => step.status === 'pending')?.step ?? null,
    provisioning: {
      status: 'ready',
      completedSteps: [],
      steps: [],
      error: null,
    },
    domain: null,
    urls: { storefront: 'http://shop.localhost:8080', api: 'http://shop.localhost:8080/api/v1' },
    ...overrides,
  };
}
