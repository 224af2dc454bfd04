import express, { type Express } from 'express';
import type { JSONWebKeySet } from 'jose';
import type { Redis } from 'ioredis';
import type { TokenSigner } from '@mpb/auth';
import type { Stripe } from '@mpb/payments';
import type { Knex } from '@mpb/db';
import {
  errorHandler,
  jsonBody,
  notFoundHandler,
  requestContext,
  requireInternalToken,
} from '@mpb/http';
import type { HttpMetrics, Logger } from '@mpb/observability';
import type { RouteStore } from '@mpb/routing';
import { accountRoutes } from './accounts/routes';
import { authenticate } from './auth/authenticate';
import type { CellClient } from './cells/cell-client';
import { cellRoutesRouter } from './cells/routes';
import type { ControlPlaneConfig } from './config';
import { controlPlaneOpenApi } from './openapi';
import type { PublicUrls } from './public-urls';
import { RateLimiter } from './rate-limit';
import { internalRoutesRouter } from './routing/internal-routes';
import type { ProvisioningStarter } from './tenants/provisioning-starter';
import { tenantRoutesRouter } from './tenants/routes';
import { paymentsRouter, stripeWebhookRouter } from './payments/routes';
import { helpRoutesRouter } from './help/routes';
import { invitationRoutesRouter } from './invitations/routes';
import { memberRoutesRouter } from './members/routes';
import type { MailSender } from './mail/mail-sender';
import { onboardingRoutesRouter } from './onboarding/routes';
import { operatorRoutesRouter } from './operator/routes';
import { supportRoutesRouter } from './support/routes';
import { templateRoutesRouter } from './templates/routes';

export interface ControlPlaneDeps {
  config: ControlPlaneConfig;
  db: Knex;
  redis: Redis;
  routeStore: RouteStore;
  signer: TokenSigner;
  provisioning: ProvisioningStarter;
  stripe: Stripe;
  cellClient: CellClient;
  urls: PublicUrls;
  /**
   * Whether platform email can go out (invitations, sign-in and verification links); the mail
   * outbox's dispatcher, started beside the app, sends. An unconfigured sender is fine.
   */
  mail: Pick<MailSender, 'isConfigured'>;
  logger: Logger;
  metrics?: HttpMetrics;
}

const privateMembers = new Set(['d', 'p', 'q', 'dp', 'dq', 'qi', 'k', 'oth']);

function publicMembersOnly(jwk: Record<string, unknown>): JSONWebKeySet['keys'][number] {
  return Object.fromEntries(
    Object.entries(jwk).filter(([member]) => !privateMembers.has(member)),
  ) as unknown as JSONWebKeySet['keys'][number];
}

export function createControlPlaneApp(deps: ControlPlaneDeps): Express {
  const { config } = deps;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.TRUST_PROXY);
  app.use(requestContext({ logger: deps.logger, metrics: deps.metrics }));

  // The current key plus any kept after a rotation; private members never leave this process.
  const jwks: JSONWebKeySet = {
    keys: [deps.signer.publicJwk, ...config.AUTH_PREVIOUS_PUBLIC_JWKS.map(publicMembersOnly)],
  };
  const requireUser = authenticate(() => jwks, {
    issuer: config.AUTH_ISSUER,
    audience: config.AUTH_AUDIENCE,
  });
  const openApi = controlPlaneOpenApi(config.PUBLIC_BASE_URL);

  app.get('/.well-known/jwks.json', (_req, res) => {
    res.setHeader('cache-control', 'public, max-age=300');
    res.json(jwks);
  });
  app.get('/api/v1/openapi.json', (_req, res) => {
    res.json(openApi);
  });

  app.use(
    stripeWebhookRouter({
      db: deps.db,
      stripe: deps.stripe,
      cellClient: deps.cellClient,
      logger: deps.logger,
      secret: config.STRIPE_WEBHOOK_SECRET,
      toleranceSeconds: config.STRIPE_WEBHOOK_TOLERANCE_SECONDS,
    }),
  );
  app.use(jsonBody(config.BODY_LIMIT));
  app.use(
    accountRoutes({
      db: deps.db,
      signer: deps.signer,
      refreshTokenTtlDays: config.REFRESH_TOKEN_TTL_DAYS,
      urls: deps.urls,
      mail: deps.mail,
      signInLinkTtlMinutes: config.MAGIC_LINK_TTL_MINUTES,
      verificationLinkTtlHours: config.EMAIL_VERIFICATION_TTL_HOURS,
      requireUser,
      rateLimiter: new RateLimiter(deps.redis, config.REDIS_KEY_PREFIX),
      limits: {
        loginAttemptsPerEmail: config.LOGIN_ATTEMPTS_PER_EMAIL,
        signupsPerIpPerHour: config.SIGNUPS_PER_IP_PER_HOUR,
        magicLinksPerEmail: config.MAGIC_LINKS_PER_EMAIL,
        magicLinksPerIp: config.MAGIC_LINKS_PER_IP,
        verificationEmailsPerHour: config.VERIFICATION_EMAILS_PER_HOUR,
      },
    }),
  );
  app.use(tenantRoutesRouter({ ...deps, requireUser }));
  app.use(cellRoutesRouter({ db: deps.db, requireUser }));
  app.use(templateRoutesRouter({ ...deps, requireUser }));
  app.use(onboardingRoutesRouter({ ...deps, requireUser }));
  app.use(
    invitationRoutesRouter({
      db: deps.db,
      mail: deps.mail,
      urls: deps.urls,
      cellClient: deps.cellClient,
      ttlHours: config.INVITATION_TTL_HOURS,
      requireUser,
    }),
  );
  app.use(
    operatorRoutesRouter({
      db: deps.db,
      routeStore: deps.routeStore,
      temporal: { uiUrl: config.TEMPORAL_UI_URL, namespace: config.TEMPORAL_NAMESPACE },
      requireUser,
    }),
  );
  app.use(memberRoutesRouter({ db: deps.db, cellClient: deps.cellClient, requireUser }));
  app.use(supportRoutesRouter({ db: deps.db, requireUser }));
  app.use(helpRoutesRouter());
  app.use(
    paymentsRouter({
      db: deps.db,
      stripe: deps.stripe,
      cellClient: deps.cellClient,
      urls: deps.urls,
      requireUser,
    }),
  );
  app.use(
    '/internal',
    requireInternalToken(config.INTERNAL_API_TOKEN, config.INTERNAL_API_TOKEN_PREVIOUS),
  );
  app.use(internalRoutesRouter({ db: deps.db, routeStore: deps.routeStore }));

  app.use(notFoundHandler);
  app.use(errorHandler(deps.logger));
  return app;
}
