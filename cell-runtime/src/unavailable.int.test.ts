import request from 'supertest';
import { createDatabase } from '@mpb/db';
import { createCapturingLogger, createTestRedis, createTestSigner } from '@mpb/testing';
import { createCellApp } from './app';
import { testCellDeps } from './test/test-deps';

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
    const redis = createTestRedis();
    const app = createCellApp(
      testCellDeps({
        cellId: 'down',
        db,
        databaseUrl: 'postgres://nobody@127.0.0.1:1/none',
        redis: redis.scoped,
        signer,
        internalToken: 'x'.repeat(32),
        logger,
      }),
    );
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
      await redis.cleanup();
    }
  });
});
