import { Router } from 'express';
import { cellInternalRoutes } from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import { bindRoute } from '@mpb/http';
import type { TenantResolver } from '../tenancy/tenant-resolver';
import { removeTenant, setTenantLive, upsertTenant } from './upsert-tenant';

/** The control plane's door into the cell; mounted behind the internal-token guard. */
export function internalProvisioningRouter(deps: { db: Knex; resolver: TenantResolver }): Router {
  const router = Router();
  bindRoute(router, cellInternalRoutes.upsertTenant, [], async ({ params, body }) => {
    const result = await upsertTenant(deps.db, params.tenantId, body);
    deps.resolver.forget(body.hosts);
    return { status: 200, body: result };
  });
  bindRoute(router, cellInternalRoutes.removeTenant, [], async ({ params }) => {
    const { hosts } = await removeTenant(deps.db, params.tenantId);
    deps.resolver.forget(hosts);
    return { status: 204 };
  });
  bindRoute(router, cellInternalRoutes.setLive, [], async ({ params, body }) => ({
    status: 200,
    body: await setTenantLive(deps.db, params.tenantId, body.live),
  }));
  return router;
}
