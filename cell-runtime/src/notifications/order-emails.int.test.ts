import { randomUUID } from 'node:crypto';
import { withTenant } from '@mpb/db';
import type { TestStore } from '../test/cell-harness';
import { createNotificationsHandler } from './handler';
import {
  createNotificationsFixture,
  eventOf,
  FROM_ADDRESS,
  notificationsOf,
  plain,
  seedOrder,
  type NotificationsFixture,
} from './test/fixtures';

let fixture: NotificationsFixture;
let store: TestStore;

beforeAll(async () => {
  fixture = await createNotificationsFixture();
  store = await fixture.harness.provisionStore();
  await withTenant(fixture.harness.database.app, store.tenantId, (trx) =>
    trx('store_settings').insert({
      tenant_id: store.tenantId,
      support_email: 'help@store.example',
    }),
  );
});
afterAll(() => fixture.close());

const handler = () => createNotificationsHandler(fixture.deps());

describe('order emails', () => {
  it('confirms a paid order in Portuguese, from the store, to the buyer', async () => {
    const order = await seedOrder(fixture.harness, store);
    const event = eventOf(store, 'PaymentConfirmed', {
      orderId: order.orderId,
      number: order.number,
    });
    await handler().handle(event);

    const mail = await fixture.sink.waitFor((message) => message.to.includes(order.email));
    expect(mail.subject).toBe(`Store ${store.slug}: pedido #${order.number} confirmado`);
    expect(mail.fromName).toBe(`Store ${store.slug}`);
    expect(mail.envelope.from).toBe(FROM_ADDRESS);
    expect(mail.replyTo).toBe('help@store.example');
    expect(mail.headers['auto-submitted']).toBe('auto-generated');
    const text = plain(mail.text);
    expect(text).toContain('Obrigado pela sua compra!');
    expect(text).toContain('Olá, Maria Souza,');
    expect(text).toContain('1 × Vestido floral (SKU VEST-01): R$ 990,00');
    expect(text).toContain('Total: R$ 1.234,56');
    expect(text).toContain(`http://${store.host}:8080/account/orders/${order.orderId}`);
    expect(plain(mail.html)).toContain('R$ 1.234,56');
    expect(mail.html).toContain('lang="pt-BR"');

    expect(await notificationsOf(fixture.harness, store, event.id)).toEqual([
      expect.objectContaining({
        channel: 'email',
        template: 'order_confirmation',
        recipient: order.email,
        status: 'sent',
        error: null,
        sent_at: expect.any(Date),
      }),
    ]);
  });

  it('delivers a hostile product title as text', async () => {
    const order = await seedOrder(fixture.harness, store);
    await handler().handle(
      eventOf(store, 'PaymentConfirmed', { orderId: order.orderId, number: order.number }),
    );
    const mail = await fixture.sink.waitFor((message) => message.to.includes(order.email));
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(mail.text).toContain('2 × <script>alert("x")</script>');
  });

  it.each([
    ['es', 'pedido #{n} confirmado', '¡Gracias por tu compra!', 'Total: 1234,56 BRL'],
    ['en', 'order #{n} confirmed', 'Thank you for your order!', 'Total: R$1,234.56'],
    // A locale we do not write falls back to the store's language.
    ['fr-FR', 'pedido #{n} confirmado', 'Obrigado pela sua compra!', 'Total: R$ 1.234,56'],
  ])(
    'writes to a buyer whose locale is %s in their language',
    async (locale, subject, heading, total) => {
      const order = await seedOrder(fixture.harness, store, { locale });
      await handler().handle(
        eventOf(store, 'PaymentConfirmed', { orderId: order.orderId, number: order.number }),
      );
      const mail = await fixture.sink.waitFor((message) => message.to.includes(order.email));
      expect(mail.subject).toBe(
        `Store ${store.slug}: ${subject.replace('{n}', String(order.number))}`,
      );
      expect(plain(mail.text)).toContain(heading);
      expect(plain(mail.text)).toContain(total);
    },
  );

  it('tells the buyer the carrier and tracking number when the order ships', async () => {
    const order = await seedOrder(fixture.harness, store, { status: 'shipped' });
    const event = eventOf(store, 'OrderShipped', {
      orderId: order.orderId,
      carrier: 'Correios',
      trackingNumber: 'BR123456789BR',
    });
    await handler().handle(event);
    const mail = await fixture.sink.waitFor((message) => message.to.includes(order.email));
    expect(mail.subject).toBe(`Store ${store.slug}: seu pedido #${order.number} foi enviado`);
    expect(mail.text).toContain('Transportadora: Correios');
    expect(mail.text).toContain('Código de rastreio: BR123456789BR');
    expect((await notificationsOf(fixture.harness, store, event.id))[0]?.template).toBe(
      'order_shipped',
    );
  });

  it('words partial and full refunds with their amounts', async () => {
    const order = await seedOrder(fixture.harness, store, { refunded_amount: 20000 });
    const refundId = await insertRefund(order.orderId, 20000, 'Tamanho errado');
    await handler().handle(
      eventOf(store, 'OrderRefunded', {
        orderId: order.orderId,
        refundId,
        amount: 20000,
        full: false,
      }),
    );
    const partial = await fixture.sink.waitFor((message) => message.to.includes(order.email));
    expect(partial.subject).toBe(`Store ${store.slug}: reembolso do pedido #${order.number}`);
    const partialText = plain(partial.text);
    expect(partialText).toContain('Você recebeu um reembolso parcial');
    expect(partialText).toContain(`Reembolsamos R$ 200,00 do pedido #${order.number}.`);
    expect(partialText).toContain('Total reembolsado até agora: R$ 200,00 de R$ 1.234,56.');
    expect(partialText).toContain('Motivo: Tamanho errado');

    fixture.sink.clear();
    const fullOrder = await seedOrder(fixture.harness, store, {
      locale: 'en',
      refunded_amount: 123456,
      status: 'refunded',
    });
    const fullRefundId = await insertRefund(fullOrder.orderId, 123456, null);
    await handler().handle(
      eventOf(store, 'OrderRefunded', {
        orderId: fullOrder.orderId,
        refundId: fullRefundId,
        amount: 123456,
        full: true,
      }),
    );
    const full = await fixture.sink.waitFor((message) => message.to.includes(fullOrder.email));
    expect(plain(full.text)).toContain(
      `We refunded order #${fullOrder.number} in full: R$1,234.56.`,
    );
    expect(full.text).toContain('Your order was refunded');
    expect(full.text).not.toContain('partial');
  });

  it('sends nothing for an order that is gone, and does not fail', async () => {
    const event = eventOf(store, 'PaymentConfirmed', {
      orderId: '00000000-0000-4000-8000-000000000000',
      number: 1,
    });
    await expect(handler().handle(event)).resolves.toBeUndefined();
    expect(await notificationsOf(fixture.harness, store, event.id)).toEqual([]);
  });
});

async function insertRefund(
  orderId: string,
  amount: number,
  reason: string | null,
): Promise<string> {
  const id = randomUUID();
  await withTenant(fixture.harness.database.app, store.tenantId, (trx) =>
    trx('refunds').insert({
      id,
      tenant_id: store.tenantId,
      order_id: orderId,
      amount,
      reason,
      status: 'succeeded',
      idempotency_key: id,
    }),
  );
  return id;
}
