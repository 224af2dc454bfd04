import request from 'supertest';
import { JwksCache } from '@mpb/auth';
import { createDatabase } from '@mpb/db';
import { createCapturingLogger, createTestSigner } from '@mpb/testing';
import { createCellApp } from './app';

describe('when the cell database is unreachable', () => {
  it('answers 503 UNAVAILABLE with Retry-After, not a 500', async () => {
    // Nothing listens on port 1: every connection attempt is refused.
    const db = createDatabase({
      connectionString: 'postgres://nobody@127.0.0.1:1/none',
      applicationName: 'down',
      poolMax: 1,
    });
    const { signer } = await createTestSigner();
    const { logger, lines } = createCapturingLogger();
    const app = createCellApp({
      config: {
        CELL_ID: 'down',
        AUTH_ISSUER: 'mpb-control-plane',
        AUTH_AUDIENCE: 'mpb',
        INTERNAL_API_TOKEN: 'x'.repeat(32),
        ADMIN_ORIGINS: [],
        BODY_LIMIT: '64kb',
        TENANT_CACHE_TTL_MS: 1000,
        TRUST_PROXY: 'loopback',
      },
      db,
      jwks: JwksCache.fromStatic({ keys: [signer.publicJwk] }),
      logger,
    });
    try {
      const response = await request(app)
        .get('/api/v1/storefront/config')
        .set('host', 'shop.localhost')
        .expect(503);
      expect(response.body.error.code).toBe('UNAVAILABLE');
      expect(response.headers['retry-after']).toBe('5');
      expect(lines().some((line) => line.message === 'dependency unavailable')).toBe(true);
    } finally {
      await db.destroy();
    }
  });
});
