import express, { type Express } from 'express';
import type { Redis } from 'ioredis';
import type { Stripe } from '@mpb/payments';
import type { JwksCache } from '@mpb/auth';
import type { Knex } from '@mpb/db';
import {
  cors,
  errorHandler,
  jsonBody,
  notFoundHandler,
  requestContext,
  requireInternalToken,
} from '@mpb/http';
import type { HttpMetrics, Logger } from '@mpb/observability';
import { analyticsAdminRouter, storefrontEventsRouter } from './analytics/routes';
import { adminCatalogRouter, publicCatalogRouter } from './catalog/routes';
import { sampleCatalogRouter } from './catalog/sample/routes';
import { adminContentRouter, publicContentRouter } from './content/routes';
import { adminCollectionsRouter, publicCollectionsRouter } from './collections/routes';
import { searchRouter } from './search/routes';
import { CartStore } from './cart/cart-store';
import { cartRouter } from './cart/routes';
import { checkoutRouter, paymentsInternalRouter } from './checkout/routes';
import { cachedPublicPaths, PublicCache } from './public-cache';
import { rateLimit } from './rate-limit';
import { sellingAdminRouter } from './selling/routes';
import { accountRouter } from './account';
import { adminOrdersRouter, publicOrdersRouter } from './orders';
import type { CellConfig } from './config';
import { importLimitsFrom, importsRouter } from './imports';
import { auditRouter } from './audit/routes';
import { createAuthorizer, internalMembersRouter, staffRouter } from './members';
import {
  adminMediaRouter,
  createMediaDeps,
  mediaConfigSchema,
  mediaUploadRouter,
  publicMediaRouter,
  type MediaDeps,
} from './media';
import { cellOpenApi, cellPublicRoutes } from './openapi';
import { internalProvisioningRouter } from './provisioning/routes';
import { readPreviewAccess } from './storefront/preview-access';
import {
  adminStorefrontRouter,
  storefrontLogoUploadRouter,
  storefrontRouter,
} from './storefront/routes';
import { storeSetupRouter } from './setup/routes';
import { resolveTenant } from './tenancy/middleware';
import { TenantResolver } from './tenancy/tenant-resolver';

export interface CellDeps {
  config: Pick<
    CellConfig,
    | 'CELL_ID'
    | 'AUTH_ISSUER'
    | 'AUTH_AUDIENCE'
    | 'INTERNAL_API_TOKEN'
    | 'ADMIN_ORIGINS'
    | 'BODY_LIMIT'
    | 'TENANT_CACHE_TTL_MS'
    | 'TRUST_PROXY'
    | 'CART_TTL_SECONDS'
    | 'RATE_LIMIT_PER_IP_PER_MINUTE'
    | 'RATE_LIMIT_PER_STORE_PER_MINUTE'
    | 'CART_CREATIONS_PER_IP_PER_MINUTE'
    | 'CHECKOUTS_PER_IP_PER_MINUTE'
    | 'CHECKOUT_TTL_MINUTES'
    | 'STOREFRONT_PREVIEW_SECRET'
  > &
    Partial<
      Pick<
        CellConfig,
        | 'INTERNAL_API_TOKEN_PREVIOUS'
        | 'IMPORT_MAX_BYTES'
        | 'IMPORT_MAX_ROWS'
        | 'PUBLIC_CACHE_TTL_SECONDS'
        | 'EVENTS_PER_IP_PER_MINUTE'
      >
    >;
  db: Knex;
  /** The cell's Redis, with the cell's key prefix: carts and rate limits. */
  redis: Redis;
  stripe: Stripe;
  jwks: JwksCache;
  logger: Logger;
  metrics?: HttpMetrics;
  /** Image storage, limits and import policy; from the MEDIA_* defaults when absent. */
  media?: MediaDeps;
}

export function createCellApp(deps: CellDeps): Express {
  const { config, db } = deps;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.TRUST_PROXY);
  // cell_id is on every line already: the logger carries it as a base field.
  app.use(requestContext({ logger: deps.logger, metrics: deps.metrics }));

  const resolver = new TenantResolver(db, config.TENANT_CACHE_TTL_MS);
  const openApi = cellOpenApi();
  const allowedOrigins = new Set(config.ADMIN_ORIGINS);

  app.use(
    '/internal',
    requireInternalToken(config.INTERNAL_API_TOKEN, config.INTERNAL_API_TOKEN_PREVIOUS ?? []),
    jsonBody(config.BODY_LIMIT),
  );
  const publicCache = new PublicCache(
    deps.redis,
    config.PUBLIC_CACHE_TTL_SECONDS ?? 10,
    deps.logger,
  );
  // Writes that change what shoppers read drop the store's cached catalog answers.
  app.use(
    '/internal/v1/tenants/:tenantId',
    publicCache.invalidateAfterWrites((req) => req.params.tenantId as string | undefined),
  );
  app.use(
    ['/api/v1/admin', '/api/v1/carts/:cartId/checkout'],
    publicCache.invalidateAfterWrites((_req, res) => res.locals.tenantId as string | undefined),
  );
  app.use(internalProvisioningRouter({ db, resolver }));
  app.use(internalMembersRouter({ db }));
  app.use(
    paymentsInternalRouter({
      db,
      carts: new CartStore(deps.redis, config.CART_TTL_SECONDS),
      stripe: deps.stripe,
      ttlMinutes: config.CHECKOUT_TTL_MINUTES,
      logger: deps.logger,
    }),
  );

  app.get('/api/v1/openapi.json', (_req, res) => {
    res.json(openApi);
  });
  app.use(
    '/api/v1/admin',
    cors((origin) => allowedOrigins.has(origin)),
  );
  // Every admin route's guard comes from the permission in its contract (ADR 0015).
  const { authorize, assertEveryAdminRouteGuarded } = createAuthorizer({
    db,
    jwks: deps.jwks,
    issuer: config.AUTH_ISSUER,
    audience: config.AUTH_AUDIENCE,
  });
  const media = deps.media ?? createMediaDeps(mediaConfigSchema.parse({}));
  const mediaDeps = { db, media, logger: deps.logger, authorize };
  // The image upload is multipart: it goes before the JSON body parser, which refuses it.
  app.use(mediaUploadRouter({ ...mediaDeps, resolveTenant: resolveTenant(resolver) }));
  // Catalog import is multipart too; its router also owns /admin/products/export.*, which the
  // catalog router would take for a product id.
  app.use(
    importsRouter({
      db,
      resolveTenant: resolveTenant(resolver),
      authorize,
      limits: importLimitsFrom(config),
    }),
  );
  // The logo upload is multipart too.
  app.use(
    storefrontLogoUploadRouter({
      db,
      media,
      logger: deps.logger,
      authorize,
      resolveTenant: resolveTenant(resolver),
    }),
  );
  app.use('/api/v1', resolveTenant(resolver), jsonBody(config.BODY_LIMIT));
  // A valid preview token shows the store's pages before it is live (never from the cache).
  app.use('/api/v1', readPreviewAccess(config.STOREFRONT_PREVIEW_SECRET));
  const perMinute = (name: string, limit: number, per: 'ip' | 'tenant') => ({
    name,
    limit,
    windowSeconds: 60,
    per,
  });
  // Every public endpoint of a store counts against its visitor's and the store's budgets;
  // staff endpoints are authenticated and left out.
  const publicLimits = rateLimit(deps.redis, [
    perMinute('public-ip', config.RATE_LIMIT_PER_IP_PER_MINUTE, 'ip'),
    perMinute('public-store', config.RATE_LIMIT_PER_STORE_PER_MINUTE, 'tenant'),
  ]);
  app.use('/api/v1', (req, res, next) => {
    if (req.path.startsWith('/admin/')) return next();
    return publicLimits(req, res, next);
  });
  app.use(cachedPublicPaths, publicCache.serve());
  const mediaUrls = media.urls;
  app.use(publicMediaRouter({ media }));
  app.use(storefrontRouter({ db, mediaUrls }));
  app.use(publicCatalogRouter({ db, mediaUrls }));
  app.use(publicCollectionsRouter({ db }));
  app.use(searchRouter({ db, mediaUrls }));
  app.use(publicContentRouter({ db }));
  app.use(
    storefrontEventsRouter({
      db,
      limitEvents: rateLimit(deps.redis, [
        perMinute('events', config.EVENTS_PER_IP_PER_MINUTE ?? 120, 'ip'),
      ]),
    }),
  );
  const carts = { db, carts: new CartStore(deps.redis, config.CART_TTL_SECONDS) };
  const checkout = { ...carts, stripe: deps.stripe, ttlMinutes: config.CHECKOUT_TTL_MINUTES };
  app.use(
    checkoutRouter({
      ...checkout,
      limitCheckouts: rateLimit(deps.redis, [
        perMinute('checkout', config.CHECKOUTS_PER_IP_PER_MINUTE, 'ip'),
      ]),
    }),
  );
  app.use(
    cartRouter({
      ...carts,
      limitCartCreation: rateLimit(deps.redis, [
        perMinute('cart-create', config.CART_CREATIONS_PER_IP_PER_MINUTE, 'ip'),
      ]),
    }),
  );
  app.use(publicOrdersRouter({ db }));
  app.use(accountRouter({ db, redis: deps.redis }));
  app.use(
    adminCatalogRouter({
      db,
      authorize,
      mediaUrls,
      mediaFiles: { storage: media.storage, logger: deps.logger },
    }),
  );
  app.use(adminCollectionsRouter({ db, authorize }));
  app.use(sellingAdminRouter({ db, authorize }));
  app.use(adminMediaRouter(mediaDeps));
  app.use(
    adminOrdersRouter({
      db,
      stripe: deps.stripe,
      authorize,
    }),
  );
  app.use(staffRouter({ db, authorize }));
  app.use(storeSetupRouter({ db, authorize }));
  app.use(
    sampleCatalogRouter({
      db,
      authorize,
      mediaFiles: { storage: media.storage, logger: deps.logger },
    }),
  );
  app.use(adminContentRouter({ db, authorize }));
  app.use(analyticsAdminRouter({ db, authorize }));
  app.use(auditRouter({ db, authorize }));
  app.use(
    adminStorefrontRouter({
      db,
      media,
      logger: deps.logger,
      authorize,
      previewSecret: config.STOREFRONT_PREVIEW_SECRET,
    }),
  );

  // An admin route of the contract mounted without its permission check stops the start-up.
  assertEveryAdminRouteGuarded(cellPublicRoutes);

  app.use(notFoundHandler);
  app.use(errorHandler(deps.logger));
  return app;
}
