import { canPublish, publishChecklist } from './publish-checklist';
import { onboardingWith } from './wizard-test-fixtures';

const stateOf = (items: ReturnType<typeof publishChecklist>) =>
  Object.fromEntries(items.map((item) => [item.id, item.state]));

describe('publishChecklist', () => {
  it('lists what is missing without stopping the merchant from publishing', () => {
    const items = publishChecklist({
      onboarding: onboardingWith({ template: 'skipped', 'shipping-and-taxes': 'skipped' }),
      activeProducts: 0,
      chargesEnabled: false,
    });
    expect(stateOf(items)).toEqual({
      store: 'done',
      template: 'missing',
      products: 'missing',
      payments: 'missing',
      shipping: 'missing',
      domain: 'done',
    });
    expect(items.find((item) => item.id === 'products')?.step).toBe('catalog');
    expect(canPublish(items)).toBe(true);
  });

  it('is all done for a finished setup', () => {
    const items = publishChecklist({
      onboarding: onboardingWith({ template: 'done', 'shipping-and-taxes': 'done' }),
      activeProducts: 1,
      chargesEnabled: true,
    });
    expect(items.every((item) => item.state === 'done')).toBe(true);
  });

  it('waits for a store still being set up', () => {
    const items = publishChecklist({
      onboarding: onboardingWith(
        {},
        {
          provisioning: {
            status: 'provisioning',
            completedSteps: ['reserve-slug'],
            steps: [],
            error: null,
          },
        },
      ),
      activeProducts: 1,
      chargesEnabled: true,
    });
    expect(stateOf(items).store).toBe('blocking');
    expect(canPublish(items)).toBe(false);
  });
});
