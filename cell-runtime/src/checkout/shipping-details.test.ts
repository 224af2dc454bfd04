import { shippingAddressFromSession } from './shipping-details';

const stripeAddress = {
  city: 'São Paulo',
  country: 'BR',
  line1: 'Rua das Flores, 10',
  line2: 'apto 4',
  postal_code: '01000-000',
  state: 'SP',
};

describe('shippingAddressFromSession', () => {
  it('completes the cart’s country and region with the street Stripe collected', () => {
    expect(
      shippingAddressFromSession(
        { country: 'BR', region: 'BR-SP', postalCode: '01000' },
        {
          collected_information: {
            business_name: null,
            individual_name: null,
            shipping_details: { name: 'Maria Souza', address: stripeAddress },
          },
          customer_details: { phone: '+5511912345678' } as never,
        },
      ),
    ).toEqual({
      country: 'BR',
      region: 'BR-SP',
      name: 'Maria Souza',
      line1: 'Rua das Flores, 10',
      line2: 'apto 4',
      city: 'São Paulo',
      postalCode: '01000-000',
      phone: '+5511912345678',
    });
  });

  it('keeps a region already in our form, and the cart’s when Stripe has no state', () => {
    const session = (state: string | null) => ({
      collected_information: {
        business_name: null,
        individual_name: null,
        shipping_details: { name: 'Ann', address: { ...stripeAddress, country: 'US', state } },
      },
      customer_details: null,
    });
    expect(shippingAddressFromSession(null, session('US-CA'))?.region).toBe('US-CA');
    expect(shippingAddressFromSession(null, session('ca'))?.region).toBe('US-CA');
    expect(
      shippingAddressFromSession({ country: 'US', region: 'US-NY' }, session(null))?.region,
    ).toBe('US-NY');
  });

  it('leaves the cart’s address when Stripe collected none (pickup)', () => {
    const cart = { country: 'BR' as const, region: 'BR-RJ' };
    expect(
      shippingAddressFromSession(cart, { collected_information: null, customer_details: null }),
    ).toBe(cart);
    expect(
      shippingAddressFromSession(cart, {
        collected_information: null,
        customer_details: { phone: '+5521999998888' } as never,
      }),
    ).toEqual({ ...cart, phone: '+5521999998888' });
  });
});
