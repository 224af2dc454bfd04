/**
 * Languages and display currencies of a store (ADR 0021): the settings route's validation, its
 * audit entry, the public configuration, what a change of the store's own currency or language
 * does to them, and the language an order (and so its emails) is written in.
 */
import request from 'supertest';
import { createNotificationsHandler } from '../notifications/handler';
import {
  createNotificationsFixture,
  eventOf,
  plain,
  type NotificationsFixture,
} from '../notifications/test/fixtures';
import {
  createSellingStore,
  paidOrder,
  rowsOf,
  staff,
  type SellingStore,
} from '../orders/test/orders-fixture';
import type { TestStore } from '../test/cell-harness';

jest.setTimeout(120_000);

let fixture: NotificationsFixture;
let store: SellingStore;

const app = () => fixture.harness.app;
const settingsOf = (target: TestStore) =>
  request(app()).get('/api/v1/admin/settings').set(staff(target)).expect(200);
const patch = (target: TestStore, body: object) =>
  request(app()).patch('/api/v1/admin/settings').set(staff(target)).send(body);
const configOf = (target: TestStore, headers: Record<string, string> = {}) =>
  request(app())
    .get('/api/v1/storefront/config')
    .set({ host: target.host, ...headers })
    .expect(200);

beforeAll(async () => {
  fixture = await createNotificationsFixture();
  store = await createSellingStore(fixture.harness);
});
afterAll(() => fixture.close());

describe('the settings route', () => {
  it('starts with the store’s own language and currency only', async () => {
    const settings = await settingsOf(store);
    expect(settings.body).toMatchObject({
      currency: 'BRL',
      defaultLanguage: 'pt-BR',
      languages: ['pt-BR'],
      displayCurrencies: [],
    });
    const config = await configOf(store);
    expect(config.body).toMatchObject({ languages: ['pt-BR'], displayCurrencies: [] });
  });

  it('enables languages and display currencies, in the merchant’s order, and audits the change', async () => {
    // The public configuration is cached per store; the change must show at once.
    await configOf(store);
    const changed = await patch(store, {
      languages: ['es', 'pt-BR'],
      displayCurrencies: [
        { currency: 'USD', rate: '0.1900', rounding: 'whole' },
        { currency: 'EUR', rate: '0.17' },
        { currency: 'KWD', rate: '0.0561', rounding: 'ninety_nine' },
      ],
    }).expect(200);
    const expected = {
      languages: ['pt-BR', 'es'],
      displayCurrencies: [
        { currency: 'USD', rate: '0.19', rounding: 'whole' },
        { currency: 'EUR', rate: '0.17', rounding: 'none' },
        { currency: 'KWD', rate: '0.0561', rounding: 'ninety_nine' },
      ],
    };
    expect(changed.body).toMatchObject(expected);
    expect((await settingsOf(store)).body).toMatchObject(expected);
    expect((await configOf(store)).body).toMatchObject(expected);

    const log = await request(app())
      .get('/api/v1/admin/audit-log?action=settings.updated')
      .set(staff(store))
      .expect(200);
    expect(log.body.items[0]).toMatchObject({
      action: 'settings.updated',
      actor: { type: 'member', id: store.ownerId },
      data: {
        fields: ['languages', 'displayCurrencies'],
        changes: {
          languages: { from: ['pt-BR'], to: ['pt-BR', 'es'] },
          displayCurrencies: { from: [], to: expected.displayCurrencies },
        },
      },
    });
  });

  it('answers every shopper with the same configuration, whatever language they ask for', async () => {
    const first = await configOf(store, { 'accept-language': 'es-ES,es;q=0.9' });
    const second = await configOf(store, { 'accept-language': 'en-US' });
    expect(second.headers['x-cache']).toBe('hit');
    expect(second.body).toEqual(first.body);
  });

  it.each([
    [{ languages: ['es'] }, 'languages', 'default language'],
    [{ languages: [] }, 'languages', 'at least one'],
    [{ languages: ['pt-BR', 'fr'] }, 'languages.1', ''],
    [{ languages: ['pt-BR', 'es', 'es'] }, 'languages.2', 'twice'],
    [
      { displayCurrencies: [{ currency: 'BRL', rate: '1' }] },
      'displayCurrencies.0.currency',
      'own currency',
    ],
    [
      { displayCurrencies: [{ currency: 'XAU', rate: '1' }] },
      'displayCurrencies.0.currency',
      'ISO 4217',
    ],
    [
      { displayCurrencies: [{ currency: 'EUR', rate: '0' }] },
      'displayCurrencies.0.rate',
      'greater than zero',
    ],
    [
      { displayCurrencies: [{ currency: 'EUR', rate: 0.17 }] },
      'displayCurrencies.0.rate',
      'string',
    ],
    [
      { displayCurrencies: [{ currency: 'EUR', rate: '0.123456789' }] },
      'displayCurrencies.0.rate',
      '8 after',
    ],
    [{ displayCurrencies: [{ currency: 'EUR' }] }, 'displayCurrencies.0.rate', 'required'],
    [
      { displayCurrencies: [{ currency: 'JPY', rate: '27', rounding: 'ninety_nine' }] },
      'displayCurrencies.0.rounding',
      '.99',
    ],
    [
      { displayCurrencies: [{ currency: 'EUR', rate: '1', rounding: 'up' }] },
      'displayCurrencies.0.rounding',
      'one of',
    ],
    [
      { displayCurrencies: [{ currency: 'EUR', rate: '1', spread: 2 }] },
      'displayCurrencies.0.spread',
      'not an accepted field',
    ],
    [
      {
        displayCurrencies: [
          { currency: 'EUR', rate: '0.17' },
          { currency: 'EUR', rate: '0.18' },
        ],
      },
      'displayCurrencies.1.currency',
      'twice',
    ],
    [
      {
        displayCurrencies: [
          'EUR',
          'USD',
          'GBP',
          'JPY',
          'CHF',
          'CAD',
          'AUD',
          'MXN',
          'ARS',
          'CLP',
          'KWD',
        ].map((currency) => ({ currency, rate: '1' })),
      },
      'displayCurrencies',
      'at most 10',
    ],
  ])('refuses %j with a 400 naming %s, and changes nothing', async (body, field, words) => {
    const before = (await settingsOf(store)).body;
    const response = await patch(store, body).expect(400);
    expect(response.body.error.code).toBe('VALIDATION_FAILED');
    expect(response.body.error.fields[field]).toEqual(expect.stringContaining(words));
    expect((await settingsOf(store)).body).toEqual(before);
  });

  it('removes every display currency with an empty list', async () => {
    const other = await fixture.harness.provisionStore({ live: true });
    await patch(other, { displayCurrencies: [{ currency: 'EUR', rate: '0.17' }] }).expect(200);
    const cleared = await patch(other, { displayCurrencies: [] }).expect(200);
    expect(cleared.body.displayCurrencies).toEqual([]);
    expect((await configOf(other)).body.displayCurrencies).toEqual([]);
  });

  it('keeps the store’s own currency and default language consistent when the control plane changes them', async () => {
    const other = await fixture.harness.provisionStore({ live: true });
    await patch(other, {
      languages: ['pt-BR', 'en'],
      displayCurrencies: [
        { currency: 'EUR', rate: '0.17' },
        { currency: 'USD', rate: '0.19' },
      ],
    }).expect(200);
    await request(app())
      .put(`/internal/v1/tenants/${other.tenantId}`)
      .set('authorization', `Bearer ${fixture.harness.internalToken}`)
      .send({
        slug: other.slug,
        name: `Store ${other.slug}`,
        niche: 'fashion',
        currency: 'EUR',
        language: 'es',
        country: 'ES',
        template: 'default',
        hosts: [other.host],
        owner: { userId: other.ownerId, email: `${other.slug}@example.com` },
      })
      .expect(200);
    const settings = await settingsOf(other);
    expect(settings.body).toMatchObject({
      currency: 'EUR',
      defaultLanguage: 'es',
      // The new default is enabled; the languages the merchant chose stay.
      languages: ['es', 'pt-BR', 'en'],
      // EUR is the store's own currency now: it is no longer an extra one.
      displayCurrencies: [{ currency: 'USD', rate: '0.19', rounding: 'none' }],
    });
  });
});

describe('the language of an order', () => {
  const handler = () => createNotificationsHandler(fixture.deps());

  async function confirmationOf(locale: string) {
    const order = await paidOrder(fixture.harness, store, { locale });
    const recorded = await rowsOf(fixture.harness, store, (trx) =>
      trx('orders').where({ id: order.orderId }).first<{ locale: string }>('locale'),
    );
    await handler().handle(
      eventOf(store, 'PaymentConfirmed', { orderId: order.orderId, number: order.number }),
    );
    const mail = await fixture.sink.waitFor((message) => message.to.includes(order.email));
    return { order, locale: recorded.locale, mail };
  }

  it('is the shopper’s when the store offers it, and the emails follow it', async () => {
    const { order, locale, mail } = await confirmationOf('es');
    expect(locale).toBe('es');
    expect(mail.subject).toBe(`Store ${store.slug}: pedido #${order.number} confirmado`);
    expect(plain(mail.text)).toContain('¡Gracias por tu compra!');
    expect(mail.html).toContain('lang="es"');
  });

  it('is the store’s default when the shopper’s language is not offered', async () => {
    const { order, locale, mail } = await confirmationOf('en');
    expect(locale).toBe('pt-BR');
    expect(mail.subject).toBe(`Store ${store.slug}: pedido #${order.number} confirmado`);
    expect(plain(mail.text)).toContain('Obrigado pela sua compra!');
  });
});
