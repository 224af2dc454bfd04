import { randomUUID } from 'node:crypto';
import type { Express } from 'express';
import request from 'supertest';
import { JwksCache, type TokenSigner } from '@mpb/auth';
import {
  createCapturingLogger,
  createTestDatabase,
  createTestSigner,
  testInternalToken,
  type TestDatabase,
} from '@mpb/testing';
import { createCellApp } from '../app';

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

export async function createCellHarness(): Promise<CellHarness> {
  const database = await createTestDatabase('cell');
  const { signer } = await createTestSigner();
  const internalToken = testInternalToken();
  const { logger, lines } = createCapturingLogger('cell-runtime');
  const app = createCellApp({
    config: {
      CELL_ID: 'test-cell',
      AUTH_ISSUER: 'mpb-control-plane',
      AUTH_AUDIENCE: 'mpb',
      INTERNAL_API_TOKEN: internalToken,
      ADMIN_ORIGINS: ['http://localhost:8080'],
      BODY_LIMIT: '64kb',
      TENANT_CACHE_TTL_MS: 30_000,
      TRUST_PROXY: 'loopback',
    },
    db: database.app,
    jwks: JwksCache.fromStatic({ keys: [signer.publicJwk] }),
    logger,
  });
  const tokenFor = (userId: string, email = `${userId.slice(0, 8)}@example.com`) =>
    signer.sign({ sub: userId, email });

  return {
    app,
    database,
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
    close: () => database.drop(),
  };
}
