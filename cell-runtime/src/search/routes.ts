import { Router } from 'express';
import { searchRoutes } from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import { bindRoute } from '@mpb/http';
import type { MediaUrlOptions } from '../media/views';
import { audienceOf, catalogCacheControl } from '../storefront/preview-access';
import { currentTenantId } from '../tenancy/middleware';
import { searchProducts } from './search-products';

export function searchRouter(deps: { db: Knex; mediaUrls?: MediaUrlOptions }): Router {
  const router = Router();
  bindRoute(router, searchRoutes.search, [], async ({ query, res }) => {
    res.setHeader('cache-control', catalogCacheControl(res));
    return {
      status: 200,
      body: await searchProducts(
        deps.db,
        currentTenantId(res),
        query,
        deps.mediaUrls,
        audienceOf(res),
      ),
    };
  });
  return router;
}
