import type { Express } from 'express';
import request from 'supertest';
import { Client, Connection } from '@temporalio/client';
import { createStripeClient } from '@mpb/payments';
import { RouteStore } from '@mpb/routing';
import {
  createCapturingLogger,
  createTestDatabase,
  createTestRedis,
  createTestSigner,
  testEnv,
  testInternalToken,
  uniqueId,
  type TestDatabase,
  type TestRedis,
} from '@mpb/testing';
import { createControlPlaneApp } from '../app';
import { CellClient } from '../cells/cell-client';
import { upsertCell } from '../cells/repository';
import { loadControlPlaneConfig, type ControlPlaneConfig } from '../config';
import { MailDispatcher } from '../mail/mail-dispatcher';
import { createMailSender } from '../mail/mail-sender';
import { PublicUrls } from '../public-urls';
import { temporalProvisioningStarter } from '../tenants/provisioning-starter';

/** Signs webhook payloads in tests, as Stripe would with the endpoint's secret. */
export const TEST_WEBHOOK_SECRET = 'whsec_marketplacebuildertestsecret';

export interface ControlPlaneHarness {
  app: Express;
  config: ControlPlaneConfig;
  database: TestDatabase;
  redis: TestRedis;
  temporal: Client;
  taskQueue: string;
  /** Sends the outbox's emails, polling every 50 ms unless MAIL_OUTBOX_POLL_MS says otherwise. */
  mailDispatcher: MailDispatcher;
  /** What the control plane logged, as parsed JSON lines. */
  logLines: () => Record<string, unknown>[];
  signUp(
    email?: string,
  ): Promise<{ token: string; refreshToken: string; userId: string; email: string }>;
  close(): Promise<void>;
}

/**
 * The control plane on a fresh database, real Redis and the real Temporal test server. No
 * worker listens on its task queue, so started workflows wait: tests see them, nothing runs.
 */
export async function createControlPlaneHarness(
  env: Record<string, string> = {},
): Promise<ControlPlaneHarness> {
  const database = await createTestDatabase('control');
  const redis = createTestRedis();
  const { pem } = await createTestSigner();
  const taskQueue = `test-${uniqueId()}`;
  const { logger, lines } = createCapturingLogger('control-plane');
  const config = loadControlPlaneConfig({
    DATABASE_URL: database.appUrl,
    AUTH_SIGNING_KEY: pem,
    INTERNAL_API_TOKEN: testInternalToken(),
    REDIS_KEY_PREFIX: redis.prefix,
    TEMPORAL_TASK_QUEUE: taskQueue,
    STRIPE_SECRET_KEY: 'sk_test_marketplacebuildertests',
    STRIPE_API_BASE: testEnv().stripeUrl,
    STRIPE_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET,
    ...env,
  });
  // One registered cell with room, so stores can be accepted (nothing serves it in these tests).
  await upsertCell(database.app, {
    id: 'harness-cell',
    kind: 'shared',
    region: 'test',
    status: 'active',
    capacity: 2000,
    api_url: 'http://127.0.0.1:1',
    storefront_url: 'http://127.0.0.1:1',
  });
  const connection = await Connection.connect({ address: testEnv().temporalAddress });
  const temporal = new Client({ connection });
  const { TokenSigner } = await import('@mpb/auth');
  const mail = createMailSender({
    smtpUrl: config.SMTP_URL,
    fromAddress: config.MAIL_FROM_ADDRESS,
  });
  // As in main.ts: emails go out from the outbox, a moment after the request that wrote them.
  const mailDispatcher = new MailDispatcher({
    db: database.app,
    mail,
    logger,
    pollIntervalMs: env.MAIL_OUTBOX_POLL_MS ? config.MAIL_OUTBOX_POLL_MS : 50,
    maxAttempts: config.MAIL_MAX_ATTEMPTS,
    retryBaseMs: config.MAIL_RETRY_BASE_SECONDS * 1000,
  });
  mailDispatcher.start();
  const app = createControlPlaneApp({
    config,
    db: database.app,
    redis: redis.redis,
    routeStore: new RouteStore(redis.redis, redis.prefix),
    signer: await TokenSigner.fromPem({
      privateKeyPem: pem,
      issuer: config.AUTH_ISSUER,
      audience: config.AUTH_AUDIENCE,
      ttlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
    }),
    provisioning: temporalProvisioningStarter(temporal, taskQueue),
    stripe: createStripeClient(config),
    cellClient: new CellClient(config.INTERNAL_API_TOKEN, 2_000),
    urls: new PublicUrls(config.PUBLIC_BASE_URL),
    mail,
    logger,
  });
  return {
    app,
    config,
    database,
    redis,
    temporal,
    taskQueue,
    mailDispatcher,
    logLines: lines,
    async signUp(email = `user-${uniqueId()}@example.com`) {
      const response = await request(app)
        .post('/api/v1/auth/signup')
        .send({ email, password: 'correct horse battery' })
        .expect(201);
      return {
        token: response.body.token,
        refreshToken: response.body.refreshToken,
        userId: response.body.user.id,
        email,
      };
    },
    async close() {
      await mailDispatcher.stop();
      await connection.close();
      await redis.cleanup();
      await database.drop();
    },
  };
}

export const storeBody = (slug: string, extra: object = {}) => ({
  name: 'Loja Teste',
  slug,
  niche: 'fashion',
  currency: 'BRL',
  language: 'pt-BR',
  country: 'BR',
  ...extra,
});
