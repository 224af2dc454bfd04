import type { Onboarding, Tenant } from '@mpb/contracts';
import { resumePath } from './wizard-steps';

export interface SignInDestinationDeps {
  listTenants: () => Promise<Tenant[]>;
  getOnboarding: (tenantId: string) => Promise<Onboarding>;
}

/**
 * Where a merchant lands once signed in: a new account creates its first store; someone with
 * one store whose setup is unfinished goes back to the step they stopped at; everyone else
 * sees their stores. Progress that cannot be read (a staff member without access to it) is
 * no reason to fail signing in.
 */
export async function signInDestination(
  mode: 'signup' | 'login',
  deps: SignInDestinationDeps,
): Promise<string> {
  if (mode === 'signup') return '/stores/new';
  try {
    const stores = await deps.listTenants();
    const [only] = stores;
    if (!only) return '/stores/new';
    if (stores.length > 1) return '/stores';
    const onboarding = await deps.getOnboarding(only.id);
    return onboarding.currentStep === null ? '/stores' : resumePath(only.id, onboarding);
  } catch {
    return '/stores';
  }
}
