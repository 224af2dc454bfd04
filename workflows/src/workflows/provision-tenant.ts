import {
  ApplicationFailure,
  defineQuery,
  log,
  proxyActivities,
  setHandler,
} from '@temporalio/workflow';
import type {
  ProvisioningStep,
  ProvisionTenantInput,
  ProvisionTenantResult,
} from '@mpb/contracts';
import type { ProvisioningActivities } from '../activities/provisioning';

export interface ProvisioningProgress {
  completedSteps: ProvisioningStep[];
  currentStep: ProvisioningStep | null;
  failed: boolean;
}

export const progressQuery = defineQuery<ProvisioningProgress>('progress');

const retry = {
  initialInterval: '500ms',
  backoffCoefficient: 2,
  maximumInterval: '30s',
  nonRetryableErrorTypes: ['ProvisioningError', 'CellRejectedError'],
};

// Control-plane steps: quick database work, retried until the database is back.
const controlPlane = proxyActivities<ProvisioningActivities>({
  startToCloseTimeout: '15s',
  scheduleToCloseTimeout: '30m',
  retry,
});

// The cell call: a cell may be restarting or briefly unreachable; keep trying for a while.
const cell = proxyActivities<ProvisioningActivities>({
  startToCloseTimeout: '15s',
  scheduleToCloseTimeout: '30m',
  retry,
});

/**
 * Provisions a tenant into a cell: reserve the slug, place the tenant in the least-loaded
 * shared cell, create it there, publish its route, mark it ready. Every activity is
 * idempotent (keyed on this workflow's id), so worker crashes and retries are harmless. On a
 * failure no retry can fix, completed steps are compensated in reverse and the tenant is
 * marked failed.
 */
export async function provisionTenant(input: ProvisionTenantInput): Promise<ProvisionTenantResult> {
  const progress: ProvisioningProgress = { completedSteps: [], currentStep: null, failed: false };
  setHandler(progressQuery, () => progress);
  const compensations: { step: string; run: () => Promise<void> }[] = [];

  const step = async <T>(name: ProvisioningStep, run: () => Promise<T>): Promise<T> => {
    progress.currentStep = name;
    const result = await run();
    progress.completedSteps.push(name);
    return result;
  };

  try {
    const { host } = await step('reserve-slug', () => controlPlane.reserveSlug(input.tenantId));
    compensations.unshift({ step: 'release-slug', run: () => controlPlane.releaseSlug(input.tenantId) });

    const { cellId } = await step('place-tenant', () => controlPlane.placeTenant(input.tenantId));
    compensations.unshift({ step: 'release-placement', run: () => controlPlane.releasePlacement(input.tenantId) });

    await step('create-in-cell', () => cell.createTenantInCell(input.tenantId));
    const routes = await step('publish-route', () => controlPlane.publishRoutes(input.tenantId));
    await step('mark-ready', () => controlPlane.markTenantReady(input.tenantId));
    progress.currentStep = null;
    log.info('tenant provisioned', { tenantId: input.tenantId, cellId, host });
    return { tenantId: input.tenantId, cellId, hosts: routes.map((route) => route.host) };
  } catch (error) {
    progress.failed = true;
    const reason = describe(error);
    log.warn('provisioning failed; compensating', { tenantId: input.tenantId, reason });
    for (const compensation of compensations) {
      try {
        await compensation.run();
      } catch (compensationError) {
        log.error('compensation failed', { step: compensation.step, error: describe(compensationError) });
      }
    }
    await controlPlane.markTenantFailed(input.tenantId, reason);
    throw ApplicationFailure.create({ message: `provisioning failed: ${reason}`, type: 'ProvisioningFailed', nonRetryable: true });
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: unknown }).cause;
    return cause instanceof Error ? `${error.message}: ${cause.message}` : error.message;
  }
  return String(error);
}
