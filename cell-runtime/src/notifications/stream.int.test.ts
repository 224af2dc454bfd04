import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { withTenant } from '@mpb/db';
import { createCapturingLogger, createTestRedis, type TestRedis } from '@mpb/testing';
import { eventStreamName, OutboxRelay, recordEvent, StreamConsumer } from '../events';
import type { TestStore } from '../test/cell-harness';
import { notificationsHandlerFromConfig } from './handler';
import {
  createNotificationsFixture,
  FROM_ADDRESS,
  plain,
  PUBLIC_BASE_URL,
  seedOrder,
  type NotificationsFixture,
} from './test/fixtures';

let fixture: NotificationsFixture;
let store: TestStore;
let redis: TestRedis;

beforeAll(async () => {
  fixture = await createNotificationsFixture();
  store = await fixture.harness.provisionStore();
  redis = createTestRedis();
});
afterAll(async () => {
  await redis.cleanup();
  await fixture.close();
});

describe('notifications through the event stream', () => {
  it('mails the buyer and the shopper for events recorded in the outbox', async () => {
    const { logger } = createCapturingLogger('notifications-stream-test');
    const db = fixture.harness.database.app;
    const stream = eventStreamName(redis.prefix);
    const order = await seedOrder(fixture.harness, store);
    const customerId = randomUUID();
    const shopper = `shopper-${customerId.slice(0, 8)}@example.com`;

    await withTenant(db, store.tenantId, async (trx) => {
      await trx('customers').insert({ id: customerId, tenant_id: store.tenantId, email: shopper });
      await recordEvent(trx, {
        tenantId: store.tenantId,
        type: 'PaymentConfirmed',
        aggregateType: 'order',
        aggregateId: order.orderId,
        payload: { orderId: order.orderId, number: order.number },
      });
      await recordEvent(trx, {
        tenantId: store.tenantId,
        type: 'CustomerLoginRequested',
        aggregateType: 'customer',
        aggregateId: customerId,
        payload: { customerId, email: shopper, returnPath: null },
      });
    });
    const relay = new OutboxRelay({ db, redis: redis.redis, stream, logger });
    expect(await relay.drain()).toBe(2);

    // Built from config, as the worker builds it.
    const handler = notificationsHandlerFromConfig({
      db,
      logger,
      config: {
        PUBLIC_BASE_URL,
        SMTP_URL: fixture.sink.smtpUrl,
        MAIL_FROM_ADDRESS: FROM_ADDRESS,
      },
    });
    const consumer = new StreamConsumer({
      redis: new Redis(redis.url),
      stream,
      handler,
      logger,
      consumerName: 'test',
      blockMs: 100,
    });
    await consumer.start();
    try {
      const confirmation = await fixture.sink.waitFor(
        (mail) => mail.to.includes(order.email),
        10_000,
      );
      expect(confirmation.subject).toBe(`Store ${store.slug}: pedido #${order.number} confirmado`);
      expect(plain(confirmation.text)).toContain('Total: R$ 1.234,56');

      const signIn = await fixture.sink.waitFor((mail) => mail.to.includes(shopper), 10_000);
      const token = /token=([\w-]{43})/.exec(signIn.text)?.[1];
      expect(token).toBeDefined();
      // The token was made by the handler: it never travelled on the stream.
      const entries = await redis.redis.xrange(stream, '-', '+');
      expect(JSON.stringify(entries)).not.toContain(token);
    } finally {
      await consumer.stop();
    }
  });
});
