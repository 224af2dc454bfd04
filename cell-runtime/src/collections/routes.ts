import { Router, type Response } from 'express';
import { adminCategoryRoutes, adminCollectionRoutes, publicCollectionRoutes } from '@mpb/contracts';
import { withTenant, type Knex } from '@mpb/db';
import { AppError, bindRoute } from '@mpb/http';
import { currentStore, isVisibleTo } from '../catalog/store';
import { currentMember } from '../members/authenticate-member';
import { adminBinder, type Authorize } from '../members/authorize';
import { audienceOf, PREVIEW_CACHE_CONTROL } from '../storefront/preview-access';
import { currentTenantId } from '../tenancy/middleware';
import { createCategory, deleteCategory, listCategories, updateCategory } from './categories';
import {
  createCollection,
  deleteCollection,
  getCollection,
  listCollections,
  updateCollection,
  toCollectionView,
} from './collections';
import { findPublishedCollection } from './repository';

export function adminCollectionsRouter(deps: { db: Knex; authorize: Authorize }): Router {
  const router = Router();
  const bind = adminBinder(router, deps.authorize);
  const actor = (res: Parameters<typeof currentTenantId>[0]) => ({
    tenantId: currentTenantId(res),
    memberId: currentMember(res).userId,
  });

  bind(adminCollectionRoutes.create, async ({ body, res }) => ({
    status: 201,
    body: await createCollection(deps.db, { ...actor(res), body }),
  }));
  bind(adminCollectionRoutes.list, async ({ res }) => ({
    status: 200,
    body: { items: await listCollections(deps.db, currentTenantId(res), false) },
  }));
  bind(adminCollectionRoutes.get, async ({ params, res }) => ({
    status: 200,
    body: await getCollection(deps.db, currentTenantId(res), params.id),
  }));
  bind(adminCollectionRoutes.update, async ({ params, body, res }) => ({
    status: 200,
    body: await updateCollection(deps.db, { ...actor(res), collectionId: params.id, body }),
  }));
  bind(adminCollectionRoutes.remove, async ({ params, res }) => {
    await deleteCollection(deps.db, { ...actor(res), collectionId: params.id });
    return { status: 204 };
  });

  bind(adminCategoryRoutes.create, async ({ body, res }) => ({
    status: 201,
    body: await createCategory(deps.db, { ...actor(res), body }),
  }));
  bind(adminCategoryRoutes.list, async ({ res }) => ({
    status: 200,
    body: { items: await listCategories(deps.db, currentTenantId(res)) },
  }));
  bind(adminCategoryRoutes.update, async ({ params, body, res }) => ({
    status: 200,
    body: await updateCategory(deps.db, { ...actor(res), categoryId: params.id, body }),
  }));
  bind(adminCategoryRoutes.remove, async ({ params, res }) => {
    await deleteCategory(deps.db, { ...actor(res), categoryId: params.id });
    return { status: 204 };
  });
  return router;
}

/**
 * A store that is not live shows shoppers nothing, collections included; its preview shows
 * them, answered for the token holder only.
 */
async function assertOpen(db: Knex, res: Response): Promise<void> {
  const audience = audienceOf(res);
  const open = await withTenant(db, currentTenantId(res), async (trx) =>
    isVisibleTo(await currentStore(trx), audience),
  );
  if (!open) throw AppError.notFound('Store');
  if (audience === 'preview') res.setHeader('cache-control', PREVIEW_CACHE_CONTROL);
}

export function publicCollectionsRouter(deps: { db: Knex }): Router {
  const router = Router();
  bindRoute(router, publicCollectionRoutes.list, [], async ({ res }) => {
    await assertOpen(deps.db, res);
    return {
      status: 200,
      body: { items: await listCollections(deps.db, currentTenantId(res), true) },
    };
  });
  bindRoute(router, publicCollectionRoutes.get, [], async ({ params, res }) => {
    const tenantId = currentTenantId(res);
    await assertOpen(deps.db, res);
    const row = await withTenant(deps.db, tenantId, (trx) =>
      findPublishedCollection(trx, params.handle),
    );
    if (!row) throw AppError.notFound('Collection');
    return { status: 200, body: toCollectionView(row, []) };
  });
  bindRoute(router, publicCollectionRoutes.categories, [], async ({ res }) => {
    await assertOpen(deps.db, res);
    return { status: 200, body: { items: await listCategories(deps.db, currentTenantId(res)) } };
  });
  return router;
}
