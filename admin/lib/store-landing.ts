import type { OnboardingStep, TenantStatus } from '@mpb/contracts';
import { firstSectionPath, type Can } from './manage-sections';

/**
 * Where `/stores/<id>` sends a member: to the setup wizard while the store is being set up
 * (provisioning, or not live with a wizard step still open), otherwise into the store admin,
 * at the first page their role may open. `onboarding` is null when it cannot be read (staff
 * other than owners and admins may not): those members only ever use the admin.
 */
export function landingPath(input: {
  tenantId: string;
  status: TenantStatus;
  live: boolean;
  onboarding: { currentStep: OnboardingStep | null } | null;
  can: Can;
}): string {
  const store = `/stores/${input.tenantId}`;
  if (input.status === 'provisioning' || input.status === 'failed') return `${store}/setup`;
  const isSetUp = input.live || input.onboarding === null || input.onboarding.currentStep === null;
  if (input.status === 'ready' && !isSetUp) return `${store}/setup`;
  return `${store}/${firstSectionPath(input.can)}`;
}
