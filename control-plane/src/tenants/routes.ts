import { Router, type RequestHandler } from 'express';
import { reservedSlugs, slugSchema, tenantRoutes } from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import { AppError, bindRoute } from '@mpb/http';
import { currentUser } from '../auth/authenticate';
import type { CellClient } from '../cells/cell-client';
import type { PublicUrls } from '../public-urls';
import { createTenant } from './create-tenant';
import type { ProvisioningStarter } from './provisioning-starter';
import { publishTenant } from './publish-tenant';
import {
  findTenantById,
  findTenantBySlug,
  findTenantForMember,
  isSuperAdmin,
  listTenantsOfUser,
} from './repository';
import { toTenantView } from './tenant-view';

export interface TenantRoutesDeps {
  db: Knex;
  urls: PublicUrls;
  provisioning: ProvisioningStarter;
  cellClient: CellClient;
  requireUser: RequestHandler;
}

export function tenantRoutesRouter(deps: TenantRoutesDeps): Router {
  const router = Router();
  const auth = [deps.requireUser];

  bindRoute(router, tenantRoutes.create, auth, async ({ body, res }) => {
    const tenant = await createTenant(deps, currentUser(res).id, body);
    return {
      status: 202,
      body: { id: tenant.id, slug: tenant.slug, status: tenant.status },
      headers: { location: `/api/v1/tenants/${tenant.id}` },
    };
  });

  bindRoute(router, tenantRoutes.list, auth, async ({ res }) => {
    const rows = await listTenantsOfUser(deps.db, currentUser(res).id);
    return { status: 200, body: { items: rows.map((row) => toTenantView(row, deps.urls)) } };
  });

  bindRoute(router, tenantRoutes.get, auth, async ({ params, res }) => {
    const userId = currentUser(res).id;
    // Platform operators see every store; everyone else only their own, and 404 otherwise.
    const tenant =
      (await findTenantForMember(deps.db, params.id, userId)) ??
      ((await isSuperAdmin(deps.db, userId))
        ? await findTenantById(deps.db, params.id)
        : undefined);
    if (!tenant) throw AppError.notFound('Store');
    return { status: 200, body: toTenantView(tenant, deps.urls) };
  });

  bindRoute(router, tenantRoutes.publish, auth, async ({ params, body, res }) => {
    const tenant = await publishTenant(deps, {
      userId: currentUser(res).id,
      tenantId: params.id,
      live: body.live,
    });
    return { status: 200, body: toTenantView(tenant, deps.urls) };
  });

  bindRoute(router, tenantRoutes.slugAvailability, [], async ({ params }) => {
    const parsed = slugSchema.safeParse(params.slug);
    if (!parsed.success)
      return { status: 200, body: { slug: params.slug, available: false, reason: 'invalid' } };
    const slug = parsed.data;
    if (reservedSlugs.has(slug))
      return { status: 200, body: { slug, available: false, reason: 'reserved' } };
    const taken = await findTenantBySlug(deps.db, slug);
    return { status: 200, body: { slug, available: !taken, reason: taken ? 'taken' : null } };
  });

  return router;
}
