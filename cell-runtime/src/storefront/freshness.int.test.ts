import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@mpb/testing';
import type { DomainEvent } from '../events';
import { createSellingStore, placeOrder } from '../orders/test/orders-fixture';
import { upsertTenant } from '../provisioning/upsert-tenant';
import { createCellHarness } from '../test/cell-harness';
import { storefrontFreshness, type RevalidateRequest } from './freshness';

let database: TestDatabase;
let server: http.Server;
let storefrontUrl: string;
let answer = 200;
const received: { authorization?: string; body: RevalidateRequest }[] = [];
const token = 'a-revalidation-token-of-forty-characters';
const tenantId = randomUUID();
const otherTenantId = randomUUID();

const store = (slug: string, hosts: string[]) => ({
  slug,
  name: slug,
  niche: 'books' as const,
  currency: 'EUR' as const,
  language: 'es' as const,
  country: 'ES',
  template: 'default',
  hosts,
  owner: { userId: randomUUID(), email: `${slug}@example.com` },
});

beforeAll(async () => {
  database = await createTestDatabase('cell');
  await upsertTenant(
    database.app,
    tenantId,
    store('fresh-store', ['fresh-store.localhost', 'www.fresh.example']),
  );
  await upsertTenant(database.app, otherTenantId, store('other-store', ['other-store.localhost']));
  server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      if (req.url === '/internal/revalidate' && req.method === 'POST') {
        received.push({
          authorization: req.headers.authorization,
          body: JSON.parse(raw) as RevalidateRequest,
        });
      }
      res.writeHead(answer).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  storefrontUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await database.drop();
});
beforeEach(() => {
  received.length = 0;
  answer = 200;
});

const event = (type: DomainEvent['type'], handle: string): DomainEvent => ({
  id: 1,
  tenantId,
  type,
  aggregateType: 'product',
  aggregateId: randomUUID(),
  payload: { productId: randomUUID(), handle },
  correlationId: null,
  createdAt: new Date().toISOString(),
});

it('asks the storefront to drop the changed product’s pages under every host of its store only', async () => {
  const handler = storefrontFreshness({ db: database.app, storefrontUrl, token });
  await handler.handle(event('ProductUpdated', 'camiseta-azul'));
  expect(received).toEqual([
    {
      authorization: `Bearer ${token}`,
      body: {
        tenantId,
        hosts: ['fresh-store.localhost', 'www.fresh.example'],
        productHandles: ['camiseta-azul'],
      },
    },
  ]);
});

it('refreshes the pages of the products an order holds, sells or gives back', async () => {
  const cell = await createCellHarness({ env: { CART_CREATIONS_PER_IP_PER_MINUTE: '100' } });
  try {
    const store = await createSellingStore(cell, { title: 'Abajur' });
    const order = await placeOrder(cell, store);
    const handler = storefrontFreshness({ db: cell.database.app, storefrontUrl, token });
    expect(handler.types).toEqual(expect.arrayContaining(['OrderCreated', 'PaymentConfirmed']));
    await handler.handle({
      ...event('OrderCreated', ''),
      tenantId: store.tenantId,
      payload: { orderId: order.orderId, number: order.number },
    });
    expect(received.map((request) => request.body)).toEqual([
      { tenantId: store.tenantId, hosts: [store.host], productHandles: ['abajur'] },
    ]);
  } finally {
    await cell.close();
  }
});

it('refreshes the old pages of a renamed product too', async () => {
  const handler = storefrontFreshness({ db: database.app, storefrontUrl, token });
  const renamed = event('ProductUpdated', 'camiseta-verde');
  await handler.handle({
    ...renamed,
    payload: { ...renamed.payload, previousHandle: 'camiseta-azul' },
  });
  expect(received.map((request) => request.body.productHandles)).toEqual([
    ['camiseta-verde', 'camiseta-azul'],
  ]);
});

it('fails the event when the storefront refuses, so the stream retries it', async () => {
  answer = 503;
  const handler = storefrontFreshness({ db: database.app, storefrontUrl, token });
  await expect(handler.handle(event('ProductDeleted', 'saia'))).rejects.toThrow('503');
});

it('does nothing for a store no longer in the cell', async () => {
  const handler = storefrontFreshness({ db: database.app, storefrontUrl, token });
  await handler.handle({ ...event('ProductCreated', 'x'), tenantId: randomUUID() });
  expect(received).toEqual([]);
});
