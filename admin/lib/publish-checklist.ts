import type { Onboarding } from '@mpb/contracts';
import { stepState, type WizardStep } from './wizard-steps';

export type ChecklistItemId =
  'store' | 'template' | 'products' | 'payments' | 'shipping' | 'domain';

export interface ChecklistItem {
  id: ChecklistItemId;
  /** done: nothing to do; missing: worth doing before selling; blocking: publishing waits for it. */
  state: 'done' | 'missing' | 'blocking';
  /** The step that fixes it. */
  step: WizardStep | null;
}

/**
 * What the publish step lists as done and missing. Only a store still being set up stops
 * publishing; the rest are the merchant's call (a store may open in test mode, for instance).
 */
export function publishChecklist(input: {
  onboarding: Onboarding;
  activeProducts: number;
  chargesEnabled: boolean;
}): ChecklistItem[] {
  const { onboarding } = input;
  const isSettled = (step: WizardStep) => stepState(onboarding, step) === 'done';
  return [
    {
      id: 'store',
      state: onboarding.provisioning.status === 'ready' ? 'done' : 'blocking',
      step: null,
    },
    { id: 'template', state: isSettled('template') ? 'done' : 'missing', step: 'template' },
    { id: 'products', state: input.activeProducts > 0 ? 'done' : 'missing', step: 'catalog' },
    { id: 'payments', state: input.chargesEnabled ? 'done' : 'missing', step: 'payments' },
    {
      id: 'shipping',
      state: isSettled('shipping-and-taxes') ? 'done' : 'missing',
      step: 'shipping-and-taxes',
    },
    // The platform address works from the start; a custom domain is optional.
    { id: 'domain', state: 'done', step: 'domain' },
  ];
}

export function canPublish(items: readonly ChecklistItem[]): boolean {
  return items.every((item) => item.state !== 'blocking');
}
