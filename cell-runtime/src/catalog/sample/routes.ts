import { Router } from 'express';
import { sampleCatalogRoutes } from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import type { Logger } from '@mpb/observability';
import type { ObjectStorage } from '../../media/object-storage';
import { adminBinder, currentMember, type Authorize } from '../../members';
import { currentTenantId } from '../../tenancy/middleware';
import { loadSampleCatalog } from './load-sample-catalog';
import { getSampleCatalog } from './read-sample-catalog';
import { removeSampleCatalog } from './remove-sample-catalog';

/** The wizard's one-click sample catalog: what is loaded, load it, remove it. */
export function sampleCatalogRouter(deps: {
  db: Knex;
  authorize: Authorize;
  mediaFiles?: { storage: ObjectStorage; logger: Logger };
}): Router {
  const router = Router();
  const bind = adminBinder(router, deps.authorize);
  const { db } = deps;
  const actor = (res: Parameters<typeof currentTenantId>[0]) => ({
    tenantId: currentTenantId(res),
    memberId: currentMember(res).userId,
  });

  bind(sampleCatalogRoutes.get, async ({ res }) => ({
    status: 200,
    body: await getSampleCatalog(db, currentTenantId(res)),
  }));
  bind(sampleCatalogRoutes.load, async ({ body, res }) => ({
    status: 200,
    body: await loadSampleCatalog(db, { ...actor(res), niche: body.niche }),
  }));
  bind(sampleCatalogRoutes.remove, async ({ res }) => ({
    status: 200,
    body: await removeSampleCatalog(db, actor(res), deps.mediaFiles),
  }));
  return router;
}
