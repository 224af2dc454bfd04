import { Router, type RequestHandler } from 'express';
import { analyticsRoutes } from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import { bindRoute } from '@mpb/http';
import { adminBinder, type Authorize } from '../members';
import { currentTenantId } from '../tenancy/middleware';
import { getAnalyticsSummary } from './get-analytics-summary';
import { recordStorefrontEvent } from './record-storefront-event';

/** The storefront's beacon, limited per address on top of the public limits. */
export function storefrontEventsRouter(deps: { db: Knex; limitEvents: RequestHandler }): Router {
  const router = Router();
  bindRoute(router, analyticsRoutes.recordEvent, [deps.limitEvents], async ({ body, res }) => {
    await recordStorefrontEvent(deps.db, { tenantId: currentTenantId(res), body });
    return { status: 202 };
  });
  return router;
}

/** The dashboard's summary, for members who may read analytics. */
export function analyticsAdminRouter(deps: { db: Knex; authorize: Authorize }): Router {
  const router = Router();
  const bind = adminBinder(router, deps.authorize);
  bind(analyticsRoutes.summary, async ({ query, res }) => ({
    status: 200,
    body: await getAnalyticsSummary(deps.db, { tenantId: currentTenantId(res), query }),
  }));
  return router;
}
