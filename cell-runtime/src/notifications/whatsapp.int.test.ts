import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestStore } from '../test/cell-harness';
import { createNotificationsHandler } from './handler';
import {
  createNotificationsFixture,
  eventOf,
  notificationsOf,
  plain,
  seedOrder,
  type NotificationsFixture,
} from './test/fixtures';
import { createWhatsAppSender } from './whatsapp-sender';

let fixture: NotificationsFixture;
let store: TestStore;
let provider: http.Server;
let providerUrl: string;
let failures = 0;
const calls: { authorization: string | undefined; body: Record<string, unknown> }[] = [];

beforeAll(async () => {
  fixture = await createNotificationsFixture();
  store = await fixture.harness.provisionStore();
  // Plays the WhatsApp provider's HTTP API: an external service that cannot run here.
  provider = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      calls.push({ authorization: request.headers.authorization, body: JSON.parse(body) });
      if (failures > 0) {
        failures -= 1;
        return response.writeHead(500).end('{"error":"down"}');
      }
      response.writeHead(202, { 'content-type': 'application/json' }).end('{"id":"msg-1"}');
    });
  });
  await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve));
  providerUrl = `http://127.0.0.1:${(provider.address() as AddressInfo).port}/v1/messages`;
});
afterAll(async () => {
  provider.closeAllConnections();
  await new Promise((resolve) => provider.close(resolve));
  await fixture.close();
});
beforeEach(() => {
  calls.length = 0;
});

const configured = () =>
  createNotificationsHandler(
    fixture.deps({
      whatsapp: createWhatsAppSender({ apiUrl: providerUrl, apiToken: 'provider-secret-token' }),
    }),
  );

const withPhone = (phone: string) => ({
  shipping_address: JSON.stringify({ name: 'Maria Souza', phone, city: 'São Paulo' }),
});

describe('WhatsApp notifications', () => {
  it('sends the confirmation to the provider, once, with the bearer token', async () => {
    const order = await seedOrder(fixture.harness, store, withPhone('+55 11 98765-4321'));
    const event = eventOf(store, 'PaymentConfirmed', {
      orderId: order.orderId,
      number: order.number,
    });
    await configured().handle(event);
    await configured().handle(event);

    expect(calls).toHaveLength(1);
    expect(calls[0]!.authorization).toBe('Bearer provider-secret-token');
    const body = calls[0]!.body as { parameters: string[] };
    expect({ ...body, parameters: body.parameters.map(plain) }).toEqual({
      to: '+5511987654321',
      template: 'order_confirmation',
      language: 'pt-BR',
      parameters: [
        `Store ${store.slug}`,
        String(order.number),
        'R$ 1.234,56',
        `http://${store.host}:8080/account/orders/${order.orderId}`,
      ],
    });
    expect(await notificationsOf(fixture.harness, store, event.id)).toEqual([
      expect.objectContaining({ channel: 'email', status: 'sent' }),
      expect.objectContaining({
        channel: 'whatsapp',
        template: 'order_confirmation',
        recipient: '+5511987654321',
        status: 'sent',
      }),
    ]);
  });

  it('sends the carrier and tracking number when the order ships', async () => {
    const order = await seedOrder(fixture.harness, store, withPhone('+5511912345678'));
    await configured().handle(
      eventOf(store, 'OrderShipped', {
        orderId: order.orderId,
        carrier: 'Correios',
        trackingNumber: 'BR123456789BR',
      }),
    );
    expect(calls.map((call) => call.body)).toEqual([
      {
        to: '+5511912345678',
        template: 'order_shipped',
        language: 'pt-BR',
        parameters: [`Store ${store.slug}`, String(order.number), 'Correios', 'BR123456789BR'],
      },
    ]);
  });

  it('sends nothing without configuration, or without a phone in E.164, and still emails', async () => {
    const order = await seedOrder(fixture.harness, store, withPhone('+5511987654321'));
    const event = eventOf(store, 'PaymentConfirmed', {
      orderId: order.orderId,
      number: order.number,
    });
    await createNotificationsHandler(fixture.deps()).handle(event);

    const local = await seedOrder(fixture.harness, store, withPhone('11 98765-4321'));
    const localEvent = eventOf(store, 'PaymentConfirmed', {
      orderId: local.orderId,
      number: local.number,
    });
    await configured().handle(localEvent);

    expect(calls).toEqual([]);
    for (const { id } of [event, localEvent]) {
      expect(await notificationsOf(fixture.harness, store, id)).toEqual([
        expect.objectContaining({ channel: 'email', status: 'sent' }),
      ]);
    }
  });

  it('retries only the channel that failed', async () => {
    const order = await seedOrder(fixture.harness, store, withPhone('+5511987654321'));
    const event = eventOf(store, 'PaymentConfirmed', {
      orderId: order.orderId,
      number: order.number,
    });
    failures = 1;
    await expect(configured().handle(event)).rejects.toThrow('WhatsApp provider answered 500');
    expect(await notificationsOf(fixture.harness, store, event.id)).toEqual([
      expect.objectContaining({ channel: 'email', status: 'sent' }),
      expect.objectContaining({ channel: 'whatsapp', status: 'failed' }),
    ]);

    await configured().handle(event);
    expect(calls).toHaveLength(2);
    expect(fixture.sink.messages().filter((mail) => mail.to.includes(order.email))).toHaveLength(1);
    expect(await notificationsOf(fixture.harness, store, event.id)).toEqual([
      expect.objectContaining({ channel: 'email', status: 'sent' }),
      expect.objectContaining({ channel: 'whatsapp', status: 'sent', error: null }),
    ]);
  });
});
