import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { createCellHarness, type CellHarness, type TestStore } from '../../test/cell-harness';
import { LocalObjectStorage } from '../local-object-storage';
import type { MediaDeps } from '../media-deps';
import { testRemotePolicy } from './remote-servers';

export interface MediaHarness {
  cell: CellHarness;
  media: MediaDeps;
  /** The directory LocalObjectStorage writes to. */
  storageRoot: string;
  /** Every object key stored under a tenant. */
  storedKeys(tenantId: string): Promise<string[]>;
  createProduct(store: TestStore, title?: string): Promise<string>;
  close(): Promise<void>;
}

export const TEST_MAX_BYTES = 1024 * 1024;

/** A cell whose images go to a temporary directory, with a 1 MiB cap and the test URL policy. */
export async function createMediaHarness(
  answers: Parameters<typeof testRemotePolicy>[0] = {},
): Promise<MediaHarness> {
  const storageRoot = await mkdtemp(path.join(tmpdir(), 'mpb-media-int-'));
  const media: MediaDeps = {
    storage: new LocalObjectStorage(storageRoot),
    limits: { maxBytes: TEST_MAX_BYTES, maxPixels: 20_000_000 },
    urls: {},
    remote: testRemotePolicy(answers),
  };
  const cell = await createCellHarness({ media });
  return {
    cell,
    media,
    storageRoot,
    async storedKeys(tenantId) {
      const root = path.join(storageRoot, 't', tenantId);
      const files = await readdir(root, { recursive: true }).catch(() => []);
      return files
        .filter((file) => file.endsWith('.webp'))
        .map((file) => `t/${tenantId}/${file.split(path.sep).join('/')}`)
        .sort();
    },
    async createProduct(store, title = 'Camiseta') {
      const response = await request(cell.app)
        .post('/api/v1/admin/products')
        .set({ host: store.host, authorization: `Bearer ${store.ownerToken}` })
        .send({ title, status: 'active', price: 1000, stock: 1 })
        .expect(201);
      return (response.body as { id: string }).id;
    },
    async close() {
      await cell.close();
      await rm(storageRoot, { recursive: true, force: true });
    },
  };
}

/** The key of a media view's URL (`/api/v1/media/<key>`). */
export const keyOf = (url: string) => url.replace(/^\/api\/v1\/media\//, '');
