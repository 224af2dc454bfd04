import { Router } from 'express';
import { adminProductRoutes, publicProductRoutes } from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import { bindRoute } from '@mpb/http';
import type { Logger } from '@mpb/observability';
import type { ObjectStorage } from '../media/object-storage';
import type { MediaUrlOptions } from '../media/views';
import { currentMember } from '../members/authenticate-member';
import { adminBinder, type Authorize } from '../members/authorize';
import { audienceOf, catalogCacheControl } from '../storefront/preview-access';
import { currentTenantId } from '../tenancy/middleware';
import { bulkUpdateProducts } from './bulk-update-products';
import { createProduct } from './create-product';
import { deleteProduct } from './delete-product';
import { deleteProductTranslation } from './delete-product-translation';
import { getCatalogLanguages } from './get-catalog-languages';
import { listPublishedProducts } from './public-listing';
import { putProductTranslation } from './put-product-translation';
import { getAdminProduct, getPublishedProduct, listAdminProducts } from './read-products';
import { updateProduct } from './update-product';

/** The merchant's catalog API; each route admits the members with its permission. */
export function adminCatalogRouter(deps: {
  db: Knex;
  authorize: Authorize;
  /** Where product images are served from (a CDN when configured). */
  mediaUrls?: MediaUrlOptions;
  /** Where product images are stored, to delete them with their product. */
  mediaFiles?: { storage: ObjectStorage; logger: Logger };
}): Router {
  const router = Router();
  const bind = adminBinder(router, deps.authorize);

  // Before the `:id` routes, which would take `bulk` for a product id.
  bind(adminProductRoutes.bulkUpdate, async ({ body, res }) => ({
    status: 200,
    body: await bulkUpdateProducts(deps.db, {
      tenantId: currentTenantId(res),
      memberId: currentMember(res).userId,
      body,
      mediaUrls: deps.mediaUrls,
    }),
  }));

  bind(adminProductRoutes.create, async ({ body, res }) => ({
    status: 201,
    body: await createProduct(deps.db, {
      tenantId: currentTenantId(res),
      memberId: currentMember(res).userId,
      body,
      mediaUrls: deps.mediaUrls,
    }),
  }));
  bind(adminProductRoutes.list, async ({ query, res }) => ({
    status: 200,
    body: await listAdminProducts(deps.db, currentTenantId(res), query, deps.mediaUrls),
  }));
  bind(adminProductRoutes.get, async ({ params, res }) => ({
    status: 200,
    body: await getAdminProduct(deps.db, currentTenantId(res), params.id, deps.mediaUrls),
  }));
  bind(adminProductRoutes.update, async ({ params, body, res }) => ({
    status: 200,
    body: await updateProduct(deps.db, {
      tenantId: currentTenantId(res),
      memberId: currentMember(res).userId,
      productId: params.id,
      body,
      mediaUrls: deps.mediaUrls,
    }),
  }));
  bind(adminProductRoutes.remove, async ({ params, res }) => {
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
  bind(adminProductRoutes.languages, async ({ res }) => ({
    status: 200,
    body: await getCatalogLanguages(deps.db, currentTenantId(res)),
  }));
  bind(adminProductRoutes.putTranslation, async ({ params, body, res }) => ({
    status: 200,
    body: await putProductTranslation(deps.db, {
      tenantId: currentTenantId(res),
      memberId: currentMember(res).userId,
      productId: params.id,
      language: params.language,
      body,
      mediaUrls: deps.mediaUrls,
    }),
  }));
  bind(adminProductRoutes.deleteTranslation, async ({ params, res }) => {
    await deleteProductTranslation(deps.db, {
      tenantId: currentTenantId(res),
      memberId: currentMember(res).userId,
      productId: params.id,
      language: params.language,
    });
    return { status: 204 };
  });
  return router;
}

/** What shoppers read: published products of a live store (or of any store, in its preview). */
export function publicCatalogRouter(deps: { db: Knex; mediaUrls?: MediaUrlOptions }): Router {
  const router = Router();
  bindRoute(router, publicProductRoutes.list, [], async ({ query, res }) => {
    res.setHeader('cache-control', catalogCacheControl(res));
    return {
      status: 200,
      body: await listPublishedProducts(
        deps.db,
        currentTenantId(res),
        query,
        deps.mediaUrls,
        audienceOf(res),
      ),
    };
  });
  bindRoute(router, publicProductRoutes.get, [], async ({ params, query, res }) => {
    res.setHeader('cache-control', catalogCacheControl(res));
    return {
      status: 200,
      body: await getPublishedProduct(
        deps.db,
        currentTenantId(res),
        params.handle,
        deps.mediaUrls,
        audienceOf(res),
        query.lang,
      ),
    };
  });
  return router;
}
