import { randomUUID } from 'node:crypto';
import type { Express } from 'express';
import request from 'supertest';
import type { TokenSigner } from '@mpb/auth';
import {
  createCapturingLogger,
  createTestDatabase,
  createTestRedis,
  createTestSigner,
  testInternalToken,
  type TestDatabase,
  type TestRedis,
} from '@mpb/testing';
import { createCellApp, type CellDeps } from '../app';
import { testCellDeps } from './test-deps';

export interface TestStore {
  tenantId: string;
  slug: string;
  host: string;
  ownerId: string;
  ownerToken: string;
}

/** A cell API on a fresh database, with helpers to provision stores and sign tokens. */
export interface CellHarness {
  app: Express;
  database: TestDatabase;
  /** The cell's Redis, with this harness's own key prefix. */
  redis: TestRedis;
  signer: TokenSigner;
  internalToken: string;
  logLines: () => Record<string, unknown>[];
  provisionStore(options?: {
    live?: boolean;
    currency?: 'BRL' | 'USD' | 'JPY';
  }): Promise<TestStore>;
  tokenFor(userId: string, email?: string): Promise<string>;
  close(): Promise<void>;
}

/** `media` replaces the default image storage and import policy (see media/*.int.test.ts). */
export async function createCellHarness(
  options: Pick<CellDeps, 'media'> & { env?: Record<string, string> } = {},
): Promise<CellHarness> {
  const database = await createTestDatabase('cell');
  const redis = createTestRedis();
  const { signer } = await createTestSigner();
  const internalToken = testInternalToken();
  const { logger, lines } = createCapturingLogger('cell-runtime');
  const app = createCellApp({
    ...testCellDeps({
      cellId: 'test-cell',
      db: database.app,
      databaseUrl: database.appUrl,
      redis: redis.scoped,
      signer,
      internalToken,
      logger,
      env: options.env,
    }),
    media: options.media,
  });
  const tokenFor = (userId: string, email = `${userId.slice(0, 8)}@example.com`) =>
    signer.sign({ sub: userId, email });

  return {
    app,
    database,
    redis,
    signer,
    internalToken,
    logLines: lines,
    tokenFor,
    async provisionStore(options = {}) {
      const tenantId = randomUUID();
      const slug = `store-${tenantId.slice(0, 8)}`;
      const host = `${slug}.localhost`;
      const ownerId = randomUUID();
      await request(app)
        .put(`/internal/v1/tenants/${tenantId}`)
        .set('authorization', `Bearer ${internalToken}`)
        .send({
          slug,
          name: `Store ${slug}`,
          niche: 'fashion',
          currency: options.currency ?? 'BRL',
          language: 'pt-BR',
          country: 'BR',
          template: 'default',
          hosts: [host],
          owner: { userId: ownerId, email: `${slug}@example.com` },
        })
        .expect(200);
      if (options.live) {
        await request(app)
          .put(`/internal/v1/tenants/${tenantId}/live`)
          .set('authorization', `Bearer ${internalToken}`)
          .send({ live: true })
          .expect(200);
      }
      return {
        tenantId,
        slug,
        host,
        ownerId,
        ownerToken: await tokenFor(ownerId, `${slug}@example.com`),
      };
    },
    close: async () => {
      await redis.cleanup();
      await database.drop();
    },
  };
}
