import { Router, type RequestHandler } from 'express';
import { operatorRoutes } from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import { AppError, bindRoute } from '@mpb/http';
import type { RouteStore } from '@mpb/routing';
import { currentUser } from '../auth/authenticate';
import {
  listOperatorTenants,
  operatorTenantQuery,
  toOperatorTenant,
  type OperatorTenantRow,
  type TemporalLinks,
} from './list-tenants';
import { requireOperator } from './require-operator';
import { setTenantSuspended } from './suspend-tenant';

export function operatorRoutesRouter(deps: {
  db: Knex;
  routeStore: RouteStore;
  temporal: TemporalLinks;
  requireUser: RequestHandler;
}): Router {
  const router = Router();
  const auth = [deps.requireUser];

  const view = async (tenantId: string) => {
    const row = (await operatorTenantQuery(deps.db).where('tenants.id', tenantId).first()) as
      OperatorTenantRow | undefined;
    if (!row) throw AppError.notFound('Store');
    return toOperatorTenant(row, deps.temporal);
  };

  bindRoute(router, operatorRoutes.listTenants, auth, async ({ query, res }) => {
    await requireOperator(deps.db, currentUser(res).id);
    const page = await listOperatorTenants(deps.db, query);
    return {
      status: 200,
      body: {
        items: page.rows.map((row) => toOperatorTenant(row, deps.temporal)),
        nextCursor: page.nextCursor,
      },
    };
  });

  bindRoute(router, operatorRoutes.suspendTenant, auth, async ({ params, body, res }) => {
    const operatorId = currentUser(res).id;
    await requireOperator(deps.db, operatorId);
    await setTenantSuspended(deps, {
      tenantId: params.id,
      operatorId,
      suspend: true,
      reason: body.reason,
    });
    return { status: 200, body: await view(params.id) };
  });

  bindRoute(router, operatorRoutes.resumeTenant, auth, async ({ params, body, res }) => {
    const operatorId = currentUser(res).id;
    await requireOperator(deps.db, operatorId);
    await setTenantSuspended(deps, {
      tenantId: params.id,
      operatorId,
      suspend: false,
      reason: body.reason,
    });
    return { status: 200, body: await view(params.id) };
  });

  return router;
}
