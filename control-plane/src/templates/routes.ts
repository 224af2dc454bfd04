import { Router, type RequestHandler } from 'express';
import { templateRoutes } from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import { bindRoute } from '@mpb/http';
import { currentUser } from '../auth/authenticate';
import type { CellClient } from '../cells/cell-client';
import type { PublicUrls } from '../public-urls';
import { requireMemberWith } from '../tenants/require-member';
import { toTenantView } from '../tenants/tenant-view';
import { changeTemplate } from './change-template';
import { listActiveTemplates } from './repository';

export function templateRoutesRouter(deps: {
  db: Knex;
  cellClient: CellClient;
  urls: PublicUrls;
  requireUser: RequestHandler;
}): Router {
  const router = Router();

  bindRoute(router, templateRoutes.list, [], async ({ res }) => {
    res.setHeader('cache-control', 'public, max-age=300');
    return { status: 200, body: { items: await listActiveTemplates(deps.db) } };
  });

  bindRoute(router, templateRoutes.change, [deps.requireUser], async ({ params, body, res }) => {
    const userId = currentUser(res).id;
    await requireMemberWith(deps.db, params.id, userId, 'settings:write');
    const tenant = await changeTemplate(deps, {
      tenantId: params.id,
      userId,
      template: body.template,
      field: 'template',
    });
    return { status: 200, body: toTenantView(tenant, deps.urls) };
  });

  return router;
}
