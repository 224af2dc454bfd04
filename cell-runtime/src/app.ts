import express, { type Express } from 'express';
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
import { adminCatalogRouter, publicCatalogRouter } from './catalog/routes';
import type { CellConfig } from './config';
import { authenticateMember } from './members/authenticate-member';
import { cellOpenApi } from './openapi';
import { internalProvisioningRouter } from './provisioning/routes';
import { storefrontRouter } from './storefront/routes';
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
  > &
    Partial<Pick<CellConfig, 'INTERNAL_API_TOKEN_PREVIOUS'>>;
  db: Knex;
  jwks: JwksCache;
  logger: Logger;
  metrics?: HttpMetrics;
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
  app.use(internalProvisioningRouter({ db, resolver }));

  app.get('/api/v1/openapi.json', (_req, res) => {
    res.json(openApi);
  });
  app.use(
    '/api/v1/admin',
    cors((origin) => allowedOrigins.has(origin)),
  );
  app.use('/api/v1', resolveTenant(resolver), jsonBody(config.BODY_LIMIT));
  app.use(storefrontRouter({ db }));
  app.use(publicCatalogRouter({ db }));
  const memberAuth = {
    db,
    jwks: deps.jwks,
    issuer: config.AUTH_ISSUER,
    audience: config.AUTH_AUDIENCE,
  };
  app.use(
    adminCatalogRouter({
      db,
      requireCatalogMember: authenticateMember(memberAuth, ['owner', 'admin', 'catalog_staff']),
    }),
  );

  app.use(notFoundHandler);
  app.use(errorHandler(deps.logger));
  return app;
}
