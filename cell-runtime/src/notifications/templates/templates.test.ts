import { languages } from '@mpb/contracts';
import { formatMoney } from '../format';
import { renderEmail } from './layout';
import { renderMagicLink } from './magic-link';
import { renderOrderConfirmation } from './order-confirmation';
import { renderOrderRefunded } from './order-refunded';
import { renderOrderShipped } from './order-shipped';
import type { OrderView, StoreView } from './views';

const store: StoreView = {
  name: 'Loja <da> Ana & Cia',
  url: 'http://loja-ana.localhost:8080',
  supportEmail: 'ajuda@loja-ana.example',
  language: 'pt-BR',
  timeZone: 'America/Sao_Paulo',
};

const order: OrderView = {
  id: '6c1b3a52-2f0e-4f55-9d5e-0d0b1c1d2e3f',
  number: 1001,
  email: 'buyer@example.com',
  locale: 'pt-BR',
  currency: 'BRL',
  subtotal: 120000,
  discountAmount: 1000,
  shippingAmount: 4456,
  taxAmount: 0,
  total: 123456,
  refundedAmount: 0,
  couponCode: 'BEMVINDO',
  shippingMethod: 'PAC',
  shippingAddress: {
    name: 'Maria "Mia" Souza',
    line1: 'Rua das Flores, 10',
    city: 'São Paulo',
    region: 'SP',
    postalCode: '01000-000',
    country: 'BR',
  },
  // 01:00 UTC on the 4th is still the 3rd in São Paulo.
  placedAt: new Date('2025-03-04T01:00:00Z'),
  shippedAt: new Date('2025-03-05T15:00:00Z'),
  items: [
    {
      title: '<script>alert(1)</script>',
      sku: 'HACK-1',
      quantity: 1,
      unitPrice: 100000,
      total: 100000,
    },
    { title: 'Camiseta', sku: null, quantity: 2, unitPrice: 10000, total: 20000 },
  ],
};

/** Intl separates the currency symbol with a no-break space; compare as a reader sees it. */
const plain = (value: string) => value.replace(/\u00a0/g, ' ');

describe('order confirmation', () => {
  it('reads in Portuguese with Brazilian money and the store-local date', () => {
    const email = renderOrderConfirmation({ store, order, language: 'pt-BR' });
    expect(email.subject).toBe('Loja <da> Ana & Cia: pedido #1001 confirmado');
    const text = plain(email.text);
    expect(text).toContain('Obrigado pela sua compra!');
    expect(text).toContain('Olá, Maria "Mia" Souza,');
    expect(text).toContain('feito em 3 de março de 2025');
    expect(text).toContain('2 × Camiseta: R$ 200,00');
    expect(text).toContain('Desconto (BEMVINDO): −R$ 10,00');
    expect(text).toContain('Frete (PAC): R$ 44,56');
    expect(text).toContain('Total: R$ 1.234,56');
    expect(text).toContain('http://loja-ana.localhost:8080/account/orders/' + order.id);
    expect(text).toContain('01000-000 São Paulo, SP');
    expect(plain(email.html)).toContain('R$ 1.234,56');
  });

  it('escapes every value in the HTML, and keeps the text version readable', () => {
    const email = renderOrderConfirmation({ store, order, language: 'en' });
    expect(email.html).not.toContain('<script>');
    expect(email.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(email.html).toContain('Loja &lt;da&gt; Ana &amp; Cia');
    expect(email.html).toContain('Maria &quot;Mia&quot; Souza');
    expect(email.text).toContain('1 × <script>alert(1)</script> (SKU HACK-1)');
  });

  it.each([
    ['en', 'Thank you for your order!', 'Total: R$1,234.56', 'placed on March 3, 2025'],
    ['es', '¡Gracias por tu compra!', 'Total: 1234,56 BRL', 'realizado el 3 de marzo de 2025'],
  ] as const)('reads in %s', (language, heading, total, date) => {
    const text = plain(renderOrderConfirmation({ store, order, language }).text);
    expect(text).toContain(heading);
    expect(text).toContain(total);
    expect(text).toContain(date);
  });

  it('leaves out empty lines: no discount, no shipping, no address, no name', () => {
    const bare: OrderView = {
      ...order,
      discountAmount: 0,
      couponCode: null,
      shippingAmount: 0,
      shippingMethod: null,
      shippingAddress: null,
    };
    const text = renderOrderConfirmation({ store, order: bare, language: 'en' }).text;
    expect(text).not.toMatch(/Discount|Shipping/);
    expect(text).toContain('Hello,');
  });
});

describe('shipping and refunds', () => {
  it('names the carrier and the tracking number', () => {
    const email = renderOrderShipped({
      store,
      order,
      language: 'pt-BR',
      carrier: 'Correios',
      trackingNumber: 'BR123456789BR',
    });
    expect(email.subject).toBe('Loja <da> Ana & Cia: seu pedido #1001 foi enviado');
    expect(email.text).toContain('Transportadora: Correios');
    expect(email.text).toContain('Código de rastreio: BR123456789BR');
    expect(email.text).toContain('entregue à transportadora Correios em 5 de março de 2025');
  });

  it('words a full refund and a partial one differently', () => {
    const full = renderOrderRefunded({
      store,
      order: { ...order, refundedAmount: order.total },
      language: 'en',
      amount: order.total,
      full: true,
      reason: null,
    });
    expect(plain(full.text)).toContain('We refunded order #1001 in full: R$1,234.56.');
    expect(full.text).not.toContain('Reason');

    const partial = renderOrderRefunded({
      store,
      order: { ...order, refundedAmount: 5000 },
      language: 'es',
      amount: 5000,
      full: false,
      reason: 'Producto <dañado>',
    });
    const text = plain(partial.text);
    expect(text).toContain('Recibiste un reembolso parcial');
    expect(text).toContain('Reembolsamos 50,00 BRL del pedido #1001.');
    expect(text).toContain('Reembolsado hasta ahora: 50,00 BRL de 1234,56 BRL.');
    expect(partial.html).toContain('Motivo: Producto &lt;dañado&gt;');
  });
});

describe('magic link', () => {
  it.each(languages)('carries the link and its lifetime in %s', (language) => {
    const link = 'http://loja-ana.localhost:8080/account/login?token=abc&next=%2F';
    const email = renderMagicLink({ store, language, link, expiresInMinutes: 15 });
    expect(email.text).toContain(link);
    expect(email.text).toContain('15');
    expect(email.html).toContain(
      'href="http://loja-ana.localhost:8080/account/login?token=abc&amp;next=%2F"',
    );
  });
});

describe('the layout', () => {
  it('keeps the subject on one line and refuses non-http links', () => {
    const email = renderEmail({
      language: 'en',
      storeName: 'Shop',
      subject: 'Shop\r\nBcc: victim@example.com',
      blocks: [],
      footer: '',
    });
    expect(email.subject).toBe('Shop Bcc: victim@example.com');
    expect(() =>
      renderEmail({
        language: 'en',
        storeName: 'Shop',
        subject: 'x',
        blocks: [{ type: 'button', label: 'Go', url: 'javascript:alert(1)' }],
        footer: '',
      }),
    ).toThrow(/http/);
  });
});

describe('formatMoney', () => {
  it('uses the currency exponent from our table and survives unknown codes', () => {
    expect(plain(formatMoney(1500, 'JPY', 'en'))).toBe('¥1,500');
    expect(plain(formatMoney(123456, 'BRL', 'pt-BR'))).toBe('R$ 1.234,56');
    expect(formatMoney(100, 'not-a-code', 'en')).toBe('100 not-a-code');
  });
});
