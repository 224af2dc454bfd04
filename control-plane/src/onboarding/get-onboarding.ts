import {
  onboardingSteps,
  provisioningSteps,
  type Onboarding,
  type OnboardingStep,
  type OnboardingStepStatus,
} from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import type { PublicUrls } from '../public-urls';
import type { TenantRow } from '../tenants/repository';
import { findCustomDomain } from './custom-domain';
import { listOnboardingSteps, type OnboardingStepRow } from './repository';

type StepView = Onboarding['steps'][number];

/**
 * The wizard's progress for a store. The store's own row is the truth for what it holds (name,
 * currency, template, live); saved steps add the rest. `account` and `identity` are done once
 * the store exists, `publish` while it is live.
 */
export async function getOnboarding(
  deps: { db: Knex; urls: PublicUrls },
  tenant: TenantRow,
): Promise<Onboarding> {
  const rows = new Map<OnboardingStep, OnboardingStepRow>(
    (await listOnboardingSteps(deps.db, tenant.id)).map((row) => [row.step, row]),
  );
  const steps = onboardingSteps.map((step) => viewOf(step, rows.get(step), tenant));
  const current = steps.find((step) => step.status === 'pending');
  const domain = await findCustomDomain(deps.db, tenant.id);
  return {
    tenantId: tenant.id,
    steps,
    currentStep: current?.step ?? null,
    provisioning: {
      status: tenant.status,
      completedSteps: provisioningSteps.filter((step) => tenant.completed_steps.includes(step)),
      steps: [...provisioningSteps],
      error: tenant.provisioning_error,
    },
    domain: domain ?? null,
    urls: { storefront: deps.urls.storefront(tenant.slug), api: deps.urls.storeApi(tenant.slug) },
  };
}

function viewOf(
  step: OnboardingStep,
  row: OnboardingStepRow | undefined,
  tenant: TenantRow,
): StepView {
  const saved = (status: OnboardingStepStatus, data: Record<string, unknown>): StepView => ({
    step,
    status,
    data,
    updatedAt: row ? row.updated_at.toISOString() : null,
  });
  switch (step) {
    case 'account':
      return { step, status: 'done', data: {}, updatedAt: tenant.created_at.toISOString() };
    case 'identity':
      return {
        ...saved('done', {
          name: tenant.name,
          slug: tenant.slug,
          niche: tenant.niche,
          country: tenant.country,
          currency: tenant.currency,
          language: tenant.language,
          primaryColor: row?.data.primaryColor ?? null,
          accentColor: row?.data.accentColor ?? null,
        }),
        updatedAt: (row?.updated_at ?? tenant.created_at).toISOString(),
      };
    case 'template':
      return saved(row?.status ?? 'pending', { templateId: tenant.template });
    case 'publish':
      return saved(tenant.live ? 'done' : 'pending', row?.data ?? {});
    default:
      return saved(row?.status ?? 'pending', row?.data ?? {});
  }
}
