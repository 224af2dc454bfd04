import { Router, type RequestHandler } from 'express';
import { adminCategoryRoutes, adminCollectionRoutes, publicCollectionRoutes } from '@mpb/contracts';
import { withTenant, type Knex } from '@mpb/db';
import { AppError, bindRoute } from '@mpb/http';
import { currentStore, isOpenToPublic } from '../catalog/store';
import { currentMember } from '../members/authenticate-member';
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

export function adminCollectionsRouter(deps: {
  db: Knex;
  requireCatalogMember: RequestHandler;
}): Router {
  const router = Router();
  const guard = [deps.requireCatalogMember];
  const actor = (res: Parameters<typeof currentTenantId>[0]) => ({
    tenantId: currentTenantId(res),
    memberId: currentMember(res).userId,
  });

  bindRoute(router, adminCollectionRoutes.create, guard, async ({ body, res }) => ({
    status: 201,
    body: await createCollection(deps.db, { ...actor(res), body }),
  }));
  bindRoute(router, adminCollectionRoutes.list, guard, async ({ res }) => ({
    status: 200,
    body: { items: await listCollections(deps.db, currentTenantId(res), false) },
  }));
  bindRoute(router, adminCollectionRoutes.get, guard, async ({ params, res }) => ({
    status: 200,
    body: await getCollection(deps.db, currentTenantId(res), params.id),
  }));
  bindRoute(router, adminCollectionRoutes.update, guard, async ({ params, body, res }) => ({
    status: 200,
    body: await updateCollection(deps.db, { ...actor(res), collectionId: params.id, body }),
  }));
  bindRoute(router, adminCollectionRoutes.remove, guard, async ({ params, res }) => {
    await deleteCollection(deps.db, { ...actor(res), collectionId: params.id });
    return { status: 204 };
  });

  bindRoute(router, adminCategoryRoutes.create, guard, async ({ body, res }) => ({
    status: 201,
    body: await createCategory(deps.db, { ...actor(res), body }),
  }));
  bindRoute(router, adminCategoryRoutes.list, guard, async ({ res }) => ({
    status: 200,
    body: { items: await listCategories(deps.db, currentTenantId(res)) },
  }));
  bindRoute(router, adminCategoryRoutes.update, guard, async ({ params, body, res }) => ({
    status: 200,
    body: await updateCategory(deps.db, { ...actor(res), categoryId: params.id, body }),
  }));
  bindRoute(router, adminCategoryRoutes.remove, guard, async ({ params, res }) => {
    await deleteCategory(deps.db, { ...actor(res), categoryId: params.id });
    return { status: 204 };
  });
  return router;
}

/** A store that is not live shows shoppers nothing, collections included. */
async function assertOpen(db: Knex, tenantId: string): Promise<void> {
  const open = await withTenant(db, tenantId, async (trx) =>
    isOpenToPublic(await currentStore(trx)),
  );
  if (!open) throw AppError.notFound('Store');
}

export function publicCollectionsRouter(deps: { db: Knex }): Router {
  const router = Router();
  bindRoute(router, publicCollectionRoutes.list, [], async ({ res }) => {
    await assertOpen(deps.db, currentTenantId(res));
    return {
      status: 200,
      body: { items: await listCollections(deps.db, currentTenantId(res), true) },
    };
  });
  bindRoute(router, publicCollectionRoutes.get, [], async ({ params, res }) => {
    const tenantId = currentTenantId(res);
    await assertOpen(deps.db, tenantId);
    const row = await withTenant(deps.db, tenantId, (trx) =>
      findPublishedCollection(trx, params.handle),
    );
    if (!row) throw AppError.notFound('Collection');
    return { status: 200, body: toCollectionView(row, []) };
  });
  bindRoute(router, publicCollectionRoutes.categories, [], async ({ res }) => {
    await assertOpen(deps.db, currentTenantId(res));
    return { status: 200, body: { items: await listCategories(deps.db, currentTenantId(res)) } };
  });
  return router;
}
