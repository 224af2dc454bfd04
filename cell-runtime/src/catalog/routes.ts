import { Router, type RequestHandler } from 'express';
import { adminProductRoutes, publicProductRoutes } from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import { bindRoute } from '@mpb/http';
import type { Logger } from '@mpb/observability';
import type { ObjectStorage } from '../media/object-storage';
import type { MediaUrlOptions } from '../media/views';
import { currentMember } from '../members/authenticate-member';
import { currentTenantId } from '../tenancy/middleware';
import { createProduct } from './create-product';
import { deleteProduct } from './delete-product';
import { listPublishedProducts } from './public-listing';
import { getAdminProduct, getPublishedProduct, listAdminProducts } from './read-products';
import { updateProduct } from './update-product';

/** The merchant's catalog API; `requireCatalogMember` admits members allowed to manage it. */
export function adminCatalogRouter(deps: {
  db: Knex;
  requireCatalogMember: RequestHandler;
  /** Where product images are served from (a CDN when configured). */
  mediaUrls?: MediaUrlOptions;
  /** Where product images are stored, to delete them with their product. */
  mediaFiles?: { storage: ObjectStorage; logger: Logger };
}): Router {
  const router = Router();
  const guard = [deps.requireCatalogMember];

  bindRoute(router, adminProductRoutes.create, guard, async ({ body, res }) => ({
    status: 201,
    body: await createProduct(deps.db, {
      tenantId: currentTenantId(res),
      memberId: currentMember(res).userId,
      body,
      mediaUrls: deps.mediaUrls,
    }),
  }));
  bindRoute(router, adminProductRoutes.list, guard, async ({ query, res }) => ({
    status: 200,
    body: await listAdminProducts(deps.db, currentTenantId(res), query, deps.mediaUrls),
  }));
  bindRoute(router, adminProductRoutes.get, guard, async ({ params, res }) => ({
    status: 200,
    body: await getAdminProduct(deps.db, currentTenantId(res), params.id, deps.mediaUrls),
  }));
  bindRoute(router, adminProductRoutes.update, guard, async ({ params, body, res }) => ({
    status: 200,
    body: await updateProduct(deps.db, {
      tenantId: currentTenantId(res),
      memberId: currentMember(res).userId,
      productId: params.id,
      body,
      mediaUrls: deps.mediaUrls,
    }),
  }));
  bindRoute(router, adminProductRoutes.remove, guard, async ({ params, res }) => {
    await deleteProduct(
      deps.db,
      {
        tenantId: currentTenantId(res),
        memberId: currentMember(res).userId,
        productId: params.id,
      },
      deps.mediaFiles,
    );
    return { status: 204 };
  });
  return router;
}

/** What shoppers read: published products of a live store. */
export function publicCatalogRouter(deps: { db: Knex; mediaUrls?: MediaUrlOptions }): Router {
  const router = Router();
  bindRoute(router, publicProductRoutes.list, [], async ({ query, res }) => {
    res.setHeader('cache-control', 'public, max-age=0, s-maxage=10, stale-while-revalidate=30');
    return {
      status: 200,
      body: await listPublishedProducts(deps.db, currentTenantId(res), query, deps.mediaUrls),
    };
  });
  bindRoute(router, publicProductRoutes.get, [], async ({ params, res }) => {
    res.setHeader('cache-control', 'public, max-age=0, s-maxage=10, stale-while-revalidate=30');
    return {
      status: 200,
      body: await getPublishedProduct(deps.db, currentTenantId(res), params.handle, deps.mediaUrls),
    };
  });
  return router;
}
