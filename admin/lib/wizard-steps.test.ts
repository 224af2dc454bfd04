import {
  canOpenStep,
  currentWizardStep,
  nextStep,
  previousStep,
  resumePath,
  setupPath,
  stepState,
  wizardSteps,
} from './wizard-steps';
import { onboardingWith } from './wizard-test-fixtures';

const id = '00000000-0000-4000-8000-000000000001';

describe('wizard steps', () => {
  it('routes every step but the account, which is done by signing up', () => {
    expect(wizardSteps).toEqual([
      'identity',
      'template',
      'catalog',
      'payments',
      'shipping-and-taxes',
      'domain',
      'publish',
    ]);
    expect(setupPath(id, 'shipping-and-taxes')).toBe(`/stores/${id}/setup/shipping-and-taxes`);
    expect(nextStep('identity')).toBe('template');
    expect(nextStep('publish')).toBeNull();
    expect(previousStep('identity')).toBeNull();
    expect(previousStep('catalog')).toBe('template');
  });

  it('resumes at the first step neither done nor skipped', () => {
    const progress = onboardingWith({ template: 'done', catalog: 'skipped' });
    expect(currentWizardStep(progress)).toBe('payments');
    expect(resumePath(id, progress)).toBe(`/stores/${id}/setup/payments`);
  });

  it('sends a finished wizard to the store admin', () => {
    const progress = onboardingWith({
      template: 'done',
      catalog: 'done',
      payments: 'skipped',
      'shipping-and-taxes': 'done',
      domain: 'done',
      publish: 'done',
    });
    expect(progress.currentStep).toBeNull();
    expect(resumePath(id, progress)).toBe(`/stores/${id}`);
  });

  it('opens done, skipped and current steps, not the ones beyond', () => {
    const progress = onboardingWith({ template: 'done', catalog: 'skipped' });
    expect(canOpenStep(progress, 'identity')).toBe(true);
    expect(canOpenStep(progress, 'catalog')).toBe(true);
    expect(canOpenStep(progress, 'payments')).toBe(true);
    expect(canOpenStep(progress, 'shipping-and-taxes')).toBe(false);
    expect(canOpenStep(progress, 'publish')).toBe(false);
  });

  it('keeps a step done after the merchant went back before it', () => {
    const progress = onboardingWith({ template: 'done', catalog: 'pending', payments: 'done' });
    expect(canOpenStep(progress, 'payments')).toBe(true);
    expect(stepState(progress, 'payments')).toBe('done');
    expect(stepState(progress, 'catalog')).toBe('current');
    expect(stepState(progress, 'domain')).toBe('pending');
  });
});
