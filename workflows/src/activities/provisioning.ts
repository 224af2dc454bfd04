import { ApplicationFailure, Context } from '@temporalio/activity';
import type { Route } from '@mpb/contracts';
import {
  CellRejectedError,
  ProvisioningError,
  provisioning,
  type CellClient,
  type PublicUrls,
} from '@mpb/control-plane';
import type { Knex } from '@mpb/db';
import type { RouteStore } from '@mpb/routing';
import type { Counter, Histogram } from 'prom-client';

export interface ProvisioningActivityDeps {
  db: Knex;
  urls: PublicUrls;
  cellClient: CellClient;
  routeStore: RouteStore;
  metrics?: {
    /** Seconds from a tenant's creation to ready, observed once per tenant. */
    provisioningSeconds: Histogram;
    /** Provisioning runs that ended in failure (after compensation). */
    provisioningFailures: Counter;
  };
}

/** Business failures become non-retryable; everything else is retried by Temporal. */
async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ProvisioningError) {
      throw ApplicationFailure.create({
        message: error.message,
        type: 'ProvisioningError',
        details: [error.reason],
        nonRetryable: true,
      });
    }
    if (error instanceof CellRejectedError) {
      throw ApplicationFailure.create({
        message: error.message,
        type: 'CellRejectedError',
        nonRetryable: true,
      });
    }
    throw error;
  }
}

/**
 * The provisioning activities, built from their dependencies so tests can hand in their own.
 * Each is idempotent: effects are recorded under the workflow id, and the cell call is an
 * upsert keyed on the tenant.
 */
export function createProvisioningActivities(deps: ProvisioningActivityDeps) {
  const context = () => {
    const workflowId = Context.current().info.workflowExecution?.workflowId;
    if (!workflowId) throw new Error('provisioning activities run only inside a workflow');
    return { db: deps.db, urls: deps.urls, workflowId };
  };

  return {
    reserveSlug: (tenantId: string) => guard(() => provisioning.reserveSlug(context(), tenantId)),

    placeTenant: (tenantId: string) => guard(() => provisioning.placeTenant(context(), tenantId)),

    createTenantInCell: (tenantId: string) =>
      guard(async () => {
        const { apiUrl, body } = await provisioning.describeTenantForCell(context(), tenantId);
        const result = await deps.cellClient.upsertTenant(apiUrl, tenantId, body);
        await provisioning.recordCellCreated(context(), tenantId);
        return result;
      }),

    publishRoutes: (tenantId: string): Promise<Route[]> =>
      guard(async () => {
        const routes = await provisioning.activateRoutes(context(), tenantId);
        for (const route of routes) await deps.routeStore.putRoute(route);
        await provisioning.recordRoutesPublished(context(), tenantId);
        return routes;
      }),

    /** Compensation: undoes step 4 in Redis and the database. */
    unpublishRoutes: (tenantId: string) =>
      guard(async () => {
        for (const host of await provisioning.deactivateRoutes(context(), tenantId)) {
          await deps.routeStore.deleteRoute(host);
        }
      }),

    /** Compensation: undoes step 3, removing the tenant and everything it has from its cell. */
    removeTenantFromCell: (tenantId: string) =>
      guard(async () => {
        const apiUrl = await provisioning.placedCellApiUrl(context(), tenantId);
        if (apiUrl) await deps.cellClient.deleteTenant(apiUrl, tenantId);
      }),

    markTenantReady: (tenantId: string) =>
      guard(() =>
        provisioning.markTenantReady(context(), tenantId, (seconds) =>
          deps.metrics?.provisioningSeconds.observe(seconds),
        ),
      ),

    releaseSlug: (tenantId: string) => guard(() => provisioning.releaseSlug(context(), tenantId)),

    releasePlacement: (tenantId: string) =>
      guard(() => provisioning.releasePlacement(context(), tenantId)),

    markTenantFailed: (tenantId: string, reason: string) =>
      guard(async () => {
        await provisioning.markTenantFailed(context(), tenantId, reason);
        deps.metrics?.provisioningFailures.inc();
      }),
  };
}

export type ProvisioningActivities = ReturnType<typeof createProvisioningActivities>;
