import { onboardingSteps, type Onboarding, type OnboardingStep } from '@mpb/contracts';

/** The steps the wizard has a page for: `account` is done by signing up, before any store. */
export const wizardSteps = onboardingSteps.filter(
  (step): step is Exclude<OnboardingStep, 'account'> => step !== 'account',
);
export type WizardStep = (typeof wizardSteps)[number];

export type StepState = 'done' | 'skipped' | 'current' | 'pending';

export function isWizardStep(value: string): value is WizardStep {
  return (wizardSteps as readonly string[]).includes(value);
}

export function setupPath(tenantId: string, step: WizardStep): string {
  return `/stores/${encodeURIComponent(tenantId)}/setup/${step}`;
}

/** The store's own admin, where a finished wizard leads. */
export function storeAdminPath(tenantId: string): string {
  return `/stores/${encodeURIComponent(tenantId)}`;
}

export function nextStep(step: WizardStep): WizardStep | null {
  return wizardSteps[wizardSteps.indexOf(step) + 1] ?? null;
}

export function previousStep(step: WizardStep): WizardStep | null {
  return wizardSteps[wizardSteps.indexOf(step) - 1] ?? null;
}

/** The step the merchant stopped at, as the control plane saved it. */
export function currentWizardStep(onboarding: Onboarding): WizardStep | null {
  const current = onboarding.currentStep;
  if (current === null) return null;
  // The account step is done as soon as a store exists; a stale answer still lands on identity.
  return current === 'account' ? 'identity' : current;
}

/** Where someone coming back lands: the step they stopped at, or the store admin when done. */
export function resumePath(tenantId: string, onboarding: Onboarding): string {
  const step = currentWizardStep(onboarding);
  return step ? setupPath(tenantId, step) : storeAdminPath(tenantId);
}

export function stepState(onboarding: Onboarding, step: OnboardingStep): StepState {
  const saved = onboarding.steps.find((view) => view.step === step);
  if (saved?.status === 'done') return 'done';
  if (saved?.status === 'skipped') return 'skipped';
  return onboarding.currentStep === step ? 'current' : 'pending';
}

/**
 * Whether a step's page may be opened: any step already done or skipped (going back), and the
 * current one. Later steps wait, so nobody publishes a store that has no identity yet.
 */
export function canOpenStep(onboarding: Onboarding, step: WizardStep): boolean {
  const current = currentWizardStep(onboarding);
  if (current === null) return true;
  return wizardSteps.indexOf(step) <= wizardSteps.indexOf(current) || isSettled(onboarding, step);
}

function isSettled(onboarding: Onboarding, step: WizardStep): boolean {
  const state = stepState(onboarding, step);
  return state === 'done' || state === 'skipped';
}

/** The data saved with a step, `{}` when none. */
export function savedStepData(
  onboarding: Onboarding,
  step: OnboardingStep,
): Record<string, unknown> {
  return onboarding.steps.find((view) => view.step === step)?.data ?? {};
}
