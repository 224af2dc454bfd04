import type { BuyerOrder } from '@mpb/contracts';
import * as React from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { dictionaries } from '../lib/i18n';
import { OrderDetails } from './order-details';

// The unit project compiles JSX with the classic runtime (React.createElement), while Next uses
// the automatic one, so components do not import React: give them the global they expect.
(globalThis as { React?: typeof React }).React = React;

function order(overrides: Partial<BuyerOrder> = {}): BuyerOrder {
  return {
    id: '01a228df-6e76-72ca-8188-1b6971fbf637',
    number: 1001,
    status: 'shipped',
    placedAt: '2030-01-01T10:00:00.000Z',
    totals: {
      currency: 'BRL',
      subtotal: 18980,
      discount: 1898,
      shipping: 1500,
      tax: 1708,
      taxIncluded: false,
      total: 20290,
      refunded: 0,
    },
    lines: [{ title: 'Camiseta Azul', sku: null, quantity: 2, unitPrice: 9490, total: 18980 }],
    shippingMethod: 'Padrão',
    shippingAddress: { name: null, city: null, region: 'BR-SP', country: 'BR' },
    shipments: [
      {
        carrier: 'Correios',
        trackingNumber: 'BR123456789',
        trackingUrl: 'javascript:alert(1)',
        shippedAt: '2030-01-02T10:00:00.000Z',
        deliveredAt: null,
      },
    ],
    timeline: [],
    ...overrides,
  };
}

function render(value: BuyerOrder): string {
  return renderToStaticMarkup(
    React.createElement(OrderDetails, {
      order: value,
      language: 'pt-BR',
      messages: dictionaries['pt-BR'],
    }),
  );
}

describe('OrderDetails', () => {
  it('shows status, tracking and totals in the store’s language and currency', () => {
    const html = render(order());
    expect(html).toContain('data-testid="order-status">Enviado<');
    expect(html).toContain('data-testid="tracking-number">BR123456789<');
    expect(html).toContain('data-testid="order-total">R$\u00a0202,90<');
    expect(html).toContain('−R$\u00a018,98');
    expect(html).toContain('Camiseta Azul');
  });

  it('links tracking only to http(s) pages', () => {
    expect(render(order())).not.toContain('javascript:');
    const safe = order({
      shipments: [{ ...order().shipments[0]!, trackingUrl: 'https://rastreio.example/BR1' }],
    });
    expect(render(safe)).toContain('href="https://rastreio.example/BR1"');
  });

  it('says when nothing has shipped yet', () => {
    expect(render(order({ status: 'paid', shipments: [] }))).toContain('Ainda não enviado.');
  });
});
