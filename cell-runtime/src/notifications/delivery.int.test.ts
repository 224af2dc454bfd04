import { freePort, startMailSink } from '@mpb/devkit';
import type { TestStore } from '../test/cell-harness';
import { createNotificationsHandler } from './handler';
import { createMailSender } from './mail-sender';
import {
  createNotificationsFixture,
  eventOf,
  FROM_ADDRESS,
  notificationsOf,
  seedOrder,
  type NotificationsFixture,
} from './test/fixtures';

let fixture: NotificationsFixture;
let store: TestStore;

beforeAll(async () => {
  fixture = await createNotificationsFixture();
  store = await fixture.harness.provisionStore();
});
afterAll(() => fixture.close());

const sentTo = (email: string) =>
  fixture.sink.messages().filter((message) => message.to.includes(email));

describe('delivering each notification once', () => {
  it('mails once when the same event is handled again, and when handled concurrently', async () => {
    const handler = createNotificationsHandler(fixture.deps());
    const order = await seedOrder(fixture.harness, store);
    const event = eventOf(store, 'PaymentConfirmed', {
      orderId: order.orderId,
      number: order.number,
    });

    await handler.handle(event);
    await handler.handle(event);
    expect(sentTo(order.email)).toHaveLength(1);

    const other = await seedOrder(fixture.harness, store);
    const concurrent = eventOf(store, 'PaymentConfirmed', {
      orderId: other.orderId,
      number: other.number,
    });
    // Separate handlers, as in two worker processes; each resolves only after the sink accepted
    // (or after finding the email sent), so the count below is final.
    await Promise.all(
      Array.from({ length: 4 }, () =>
        createNotificationsHandler(fixture.deps()).handle(concurrent),
      ),
    );
    expect(sentTo(other.email)).toHaveLength(1);
    expect(await notificationsOf(fixture.harness, store, concurrent.id)).toEqual([
      expect.objectContaining({ status: 'sent' }),
    ]);
  });

  it('records a failure, throws for the stream to retry, and sends once when SMTP is back', async () => {
    const port = await freePort();
    const handler = createNotificationsHandler(
      fixture.deps({
        mail: createMailSender({ smtpUrl: `smtp://127.0.0.1:${port}`, fromAddress: FROM_ADDRESS }),
      }),
    );
    const order = await seedOrder(fixture.harness, store);
    const event = eventOf(store, 'PaymentConfirmed', {
      orderId: order.orderId,
      number: order.number,
    });

    await expect(handler.handle(event)).rejects.toThrow(/ECONNREFUSED/);
    expect(await notificationsOf(fixture.harness, store, event.id)).toEqual([
      expect.objectContaining({
        status: 'failed',
        error: expect.stringMatching(/ECONNREFUSED/),
        sent_at: null,
      }),
    ]);

    const sink = await startMailSink({ port });
    try {
      // Retries racing each other over the failed row still send one email.
      await Promise.all([handler.handle(event), handler.handle(event), handler.handle(event)]);
      await handler.handle(event);
      expect(sink.messages().filter((message) => message.to.includes(order.email))).toHaveLength(1);
      expect(await notificationsOf(fixture.harness, store, event.id)).toEqual([
        expect.objectContaining({ status: 'sent', error: null, sent_at: expect.any(Date) }),
      ]);
    } finally {
      await sink.stop();
    }
  });

  it('without SMTP, records the email as failed and warns instead of dropping it', async () => {
    const handler = createNotificationsHandler(
      fixture.deps({ mail: createMailSender({ smtpUrl: undefined, fromAddress: FROM_ADDRESS }) }),
    );
    const order = await seedOrder(fixture.harness, store);
    const event = eventOf(store, 'PaymentConfirmed', {
      orderId: order.orderId,
      number: order.number,
    });

    // Retrying cannot help until SMTP is configured: the event is handled, the row keeps the record.
    await expect(handler.handle(event)).resolves.toBeUndefined();
    expect(await notificationsOf(fixture.harness, store, event.id)).toEqual([
      expect.objectContaining({
        status: 'failed',
        error: 'SMTP not configured',
        recipient: order.email,
      }),
    ]);
    expect(fixture.logLines()).toContainEqual(
      expect.objectContaining({
        level: 'warn',
        event_id: event.id,
        message: expect.stringContaining('SMTP not configured'),
      }),
    );
    expect(sentTo(order.email)).toEqual([]);
  });

  it('sends nothing for an event it does not handle, and refuses a malformed payload', async () => {
    const handler = createNotificationsHandler(fixture.deps());
    expect(handler.types).toEqual(
      expect.arrayContaining([
        'PaymentConfirmed',
        'OrderShipped',
        'OrderRefunded',
        'CustomerLoginRequested',
      ]),
    );
    expect(handler.types).toHaveLength(4);
    const malformed = { ...eventOf(store, 'PaymentConfirmed', { orderId: 'x', number: 1 }) };
    await expect(handler.handle(malformed)).rejects.toThrow();
  });
});
