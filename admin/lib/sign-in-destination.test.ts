import type { Tenant } from '@mpb/contracts';
import { ApiError } from './api-error';
import { signInDestination } from './sign-in-destination';
import { onboardingWith } from './wizard-test-fixtures';

const store = (id: string) => ({ id }) as Tenant;
const first = '00000000-0000-4000-8000-000000000001';

describe('signInDestination', () => {
  it('takes a new account straight to creating its store', async () => {
    const listTenants = jest.fn();
    await expect(
      signInDestination('signup', { listTenants, getOnboarding: jest.fn() }),
    ).resolves.toBe('/stores/new');
    expect(listTenants).not.toHaveBeenCalled();
  });

  it('resumes an unfinished setup at the step where it stopped', async () => {
    await expect(
      signInDestination('login', {
        listTenants: async () => [store(first)],
        getOnboarding: async () => onboardingWith({ template: 'done', catalog: 'done' }),
      }),
    ).resolves.toBe(`/stores/${first}/setup/payments`);
  });

  it('lists the stores of someone finished, with several stores, or whose progress is hidden', async () => {
    const done = onboardingWith({
      template: 'done',
      catalog: 'done',
      payments: 'done',
      'shipping-and-taxes': 'done',
      domain: 'done',
      publish: 'done',
    });
    await expect(
      signInDestination('login', {
        listTenants: async () => [store(first)],
        getOnboarding: async () => done,
      }),
    ).resolves.toBe('/stores');
    await expect(
      signInDestination('login', {
        listTenants: async () => [store(first), store('other')],
        getOnboarding: jest.fn(),
      }),
    ).resolves.toBe('/stores');
    await expect(
      signInDestination('login', {
        listTenants: async () => [store(first)],
        getOnboarding: () => Promise.reject(new ApiError(403, 'FORBIDDEN', 'owners only')),
      }),
    ).resolves.toBe('/stores');
  });

  it('sends someone without a store to create one', async () => {
    await expect(
      signInDestination('login', { listTenants: async () => [], getOnboarding: jest.fn() }),
    ).resolves.toBe('/stores/new');
  });
});
