import type { OrderEventRow, OrderRow } from './repository';
import { toAddress, toBuyerOrderView } from './views';

const order = {
  id: '0190c0de-0000-7000-8000-000000000001',
  number: 1001,
  status: 'shipped',
  currency: 'BRL',
  subtotal: 1000,
  discount_amount: 0,
  shipping_amount: 500,
  tax_amount: 0,
  total: 1500,
  refunded_amount: 0,
  prices_include_tax: false,
  email: 'buyer@example.com',
  shipping_method: 'PAC',
  shipping_address: {
    name: 'Maria',
    line1: 'Rua A, 1',
    city: 'Recife',
    country: 'BR',
    phone: '+5581999999999',
    extra: '<injected>',
  },
  stripe_payment_intent_id: 'pi_secret',
  carrier: 'Correios',
  tracking_number: 'QB1',
  tracking_url: null,
  created_at: new Date('2025-01-01T10:00:00Z'),
  shipped_at: new Date('2025-01-02T10:00:00Z'),
  delivered_at: null,
} as unknown as OrderRow;

const event = (overrides: Partial<OrderEventRow>): OrderEventRow => ({
  id: 1,
  type: 'paid',
  from_status: null,
  to_status: null,
  actor_type: 'member',
  actor_id: 'member-secret-id',
  data: { note: 'internal' },
  created_at: new Date('2025-01-01T11:00:00Z'),
  ...overrides,
});

describe('the buyer’s view of an order', () => {
  it('shows status changes only, with no staff ids, payment ids, street or phone', () => {
    const view = toBuyerOrderView({
      order,
      items: [],
      events: [
        event({ id: 1, to_status: 'created', actor_type: 'customer', actor_id: null }),
        event({ id: 2, type: 'note' }),
        event({ id: 3, type: 'shipped', from_status: 'paid', to_status: 'shipped' }),
      ],
    });
    expect(view.timeline.map((entry) => entry.status)).toEqual(['created', 'shipped']);
    expect(view.shippingAddress).toEqual({
      name: 'Maria',
      city: 'Recife',
      region: null,
      country: 'BR',
    });
    const text = JSON.stringify(view);
    for (const secret of [
      'member-secret-id',
      'pi_secret',
      'Rua A',
      '+5581',
      'buyer@example.com',
      'internal',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(view.shipments).toEqual([
      {
        carrier: 'Correios',
        trackingNumber: 'QB1',
        trackingUrl: null,
        shippedAt: '2025-01-02T10:00:00.000Z',
        deliveredAt: null,
      },
    ]);
  });

  it('keeps only the known string fields of an address', () => {
    expect(toAddress({ city: ' Recife ', country: 'BR', zip: 1, extra: 'x', name: '' })).toEqual({
      city: 'Recife',
      country: 'BR',
    });
    expect(toAddress(null)).toBeNull();
  });
});
