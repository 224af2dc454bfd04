import { proposeShippingAndTaxes } from './shipping-and-taxes-defaults';

describe('the shipping and taxes proposal', () => {
  it('prices shipping in the store’s currency, with the country’s tax', () => {
    expect(proposeShippingAndTaxes({ country: 'BR', currency: 'USD', language: 'en' })).toEqual({
      country: 'BR',
      currency: 'USD',
      countryCurrency: 'BRL',
      language: 'pt-BR',
      zoneName: 'Domestic shipping (BR)',
      flatRate: 799,
      freeOver: 7500,
      taxInclusive: true,
      taxRates: [],
      taxNote: 'included-in-price',
    });
  });

  it('names the zone in the store’s language', () => {
    expect(
      proposeShippingAndTaxes({ country: 'MX', currency: 'MXN', language: 'es' }),
    ).toMatchObject({
      zoneName: 'Envío nacional (MX)',
      flatRate: 9900,
      freeOver: 99900,
      taxRates: [{ name: 'IVA', rateBps: 1600 }],
    });
  });

  it('gives a copy of the rates, so a caller cannot change the table', () => {
    const first = proposeShippingAndTaxes({ country: 'ES', currency: 'EUR', language: 'es' });
    first.taxRates[0]!.rateBps = 0;
    expect(
      proposeShippingAndTaxes({ country: 'ES', currency: 'EUR', language: 'es' }).taxRates[0]!
        .rateBps,
    ).toBe(2100);
  });
});
