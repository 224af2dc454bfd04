import {
  ApplicationFailure,
  defineQuery,
  log,
  proxyActivities,
  setHandler,
} from '@temporalio/workflow';
import type { ProvisioningStep, ProvisionTenantInput, ProvisionTenantResult } from '@mpb/contracts';
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

// Control-plane steps: short database transactions, retried until the database is back.
const controlPlane = proxyActivities<ProvisioningActivities>({
  startToCloseTimeout: '10s',
  scheduleToCloseTimeout: '30m',
  retry,
});

// Calls to the cell: an HTTP round trip to another service that may be restarting or briefly
// unreachable. A longer per-attempt limit, since the cell does several writes in one call.
const cell = proxyActivities<ProvisioningActivities>({
  startToCloseTimeout: '15s',
  scheduleToCloseTimeout: '30m',
  retry,
});

/**
 * Provisions a tenant into a cell: reserve the slug, place the tenant in the least-loaded
 * shared cell, create it there, publish its route, mark it ready. Every activity is
 * idempotent (keyed on this workflow's id), so worker crashes and retries are harmless.
 *
 * Each step registers its compensation before it runs (every compensation is idempotent and
 * harmless when its step did nothing), so a failure no retry can fix, even half-way through a
 * step, is undone in reverse order before the tenant is marked failed.
 */
export async function provisionTenant(input: ProvisionTenantInput): Promise<ProvisionTenantResult> {
  const { tenantId } = input;
  const progress: ProvisioningProgress = { completedSteps: [], currentStep: null, failed: false };
  setHandler(progressQuery, () => progress);
  const compensations: { step: string; run: () => Promise<void> }[] = [];

  const step = async <T>(
    name: ProvisioningStep,
    run: () => Promise<T>,
    compensation?: { step: string; run: () => Promise<void> },
  ): Promise<T> => {
    progress.currentStep = name;
    if (compensation) compensations.unshift(compensation);
    const result = await run();
    progress.completedSteps.push(name);
    return result;
  };

  try {
    const { host } = await step('reserve-slug', () => controlPlane.reserveSlug(tenantId), {
      step: 'release-slug',
      run: () => controlPlane.releaseSlug(tenantId),
    });
    const { cellId } = await step('place-tenant', () => controlPlane.placeTenant(tenantId), {
      step: 'release-placement',
      run: () => controlPlane.releasePlacement(tenantId),
    });
    await step('create-in-cell', () => cell.createTenantInCell(tenantId), {
      step: 'remove-from-cell',
      run: () => cell.removeTenantFromCell(tenantId),
    });
    const routes = await step('publish-route', () => controlPlane.publishRoutes(tenantId), {
      step: 'unpublish-routes',
      run: () => controlPlane.unpublishRoutes(tenantId),
    });
    await step('mark-ready', () => controlPlane.markTenantReady(tenantId));
    progress.currentStep = null;
    log.info('tenant provisioned', { tenantId, cellId, host });
    return { tenantId, cellId, hosts: routes.map((route) => route.host) };
  } catch (error) {
    progress.failed = true;
    const reason = describe(error);
    log.warn('provisioning failed; compensating', { tenantId, reason });
    for (const compensation of compensations) {
      try {
        await compensation.run();
      } catch (compensationError) {
        log.error('compensation failed', {
          step: compensation.step,
          error: describe(compensationError),
        });
      }
    }
    await controlPlane.markTenantFailed(tenantId, reason);
    throw ApplicationFailure.create({
      message: `provisioning failed: ${reason}`,
      type: 'ProvisioningFailed',
      nonRetryable: true,
    });
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: unknown }).cause;
    return cause instanceof Error ? `${error.message}: ${cause.message}` : error.message;
  }
  return String(error);
}
