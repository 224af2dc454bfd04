import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { JwksCache, type TokenSigner } from '@mpb/auth';
import type { Knex } from '@mpb/db';
import type { Logger } from '@mpb/observability';
import { createStripeClient } from '@mpb/payments';
import { testEnv } from '@mpb/testing';
import type { CellDeps } from '../app';
import { loadCellConfig } from '../config';

/** Signs storefront preview tokens in tests (a test value, like the Stripe key below). */
export const TEST_PREVIEW_SECRET = randomBytes(32).toString('base64url');

/** A Stripe key for stripe-mock: any well-formed test key works there, and it is not a secret. */
export const TEST_STRIPE_KEY = 'sk_test_marketplacebuildertests';

/**
 * Everything createCellApp needs, from the same config loader as production (so defaults are
 * the real ones), against the test database, Redis and stripe-mock.
 */
export function testCellDeps(input: {
  cellId: string;
  db: Knex;
  databaseUrl: string;
  redis: Redis;
  signer: TokenSigner;
  internalToken: string;
  logger: Logger;
  env?: Record<string, string>;
}): CellDeps {
  const config = loadCellConfig({
    CELL_ID: input.cellId,
    DATABASE_URL: input.databaseUrl,
    INTERNAL_API_TOKEN: input.internalToken,
    STOREFRONT_PREVIEW_SECRET: TEST_PREVIEW_SECRET,
    AUTH_JWKS: JSON.stringify({ keys: [input.signer.publicJwk] }),
    ADMIN_ORIGINS: 'http://localhost:8080',
    BODY_LIMIT: '64kb',
    STRIPE_SECRET_KEY: TEST_STRIPE_KEY,
    STRIPE_API_BASE: testEnv().stripeUrl,
    ...input.env,
  });
  return {
    config,
    db: input.db,
    redis: input.redis,
    stripe: createStripeClient(config),
    jwks: JwksCache.fromStatic({ keys: [input.signer.publicJwk] }),
    logger: input.logger,
  };
}
