import { rolePermissions } from '@mpb/contracts';
import { permissionChecker } from './manage-sections';
import { landingPath } from './store-landing';

const owner = permissionChecker(rolePermissions.owner);
const base = { tenantId: 't1', can: owner };

describe('landingPath', () => {
  it('sends a store still being set up to the wizard', () => {
    expect(landingPath({ ...base, status: 'provisioning', live: false, onboarding: null })).toBe(
      '/stores/t1/setup',
    );
    expect(
      landingPath({
        ...base,
        status: 'ready',
        live: false,
        onboarding: { currentStep: 'catalog' },
      }),
    ).toBe('/stores/t1/setup');
  });

  it('sends a finished or live store to the admin', () => {
    expect(
      landingPath({ ...base, status: 'ready', live: false, onboarding: { currentStep: null } }),
    ).toBe('/stores/t1/dashboard');
    expect(
      landingPath({ ...base, status: 'ready', live: true, onboarding: { currentStep: 'domain' } }),
    ).toBe('/stores/t1/dashboard');
  });

  it('sends staff who cannot read the wizard to the first page their role opens', () => {
    expect(
      landingPath({
        ...base,
        can: permissionChecker(rolePermissions.catalog_staff),
        status: 'ready',
        live: false,
        onboarding: null,
      }),
    ).toBe('/stores/t1/products');
  });

  it('opens the admin of a suspended store, which says it is suspended', () => {
    expect(
      landingPath({ ...base, status: 'suspended', live: true, onboarding: { currentStep: null } }),
    ).toBe('/stores/t1/dashboard');
  });
});
