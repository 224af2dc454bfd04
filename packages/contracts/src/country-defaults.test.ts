import {
  countriesWithProfiles,
  countryProfile,
  currencies,
  currencyMinorUnits,
  fallbackCountryProfile,
  shippingAmountsFor,
} from './index';

describe('country profiles', () => {
  it('covers the countries the wizard offers first', () => {
    for (const country of ['BR', 'US', 'MX', 'ES', 'PT', 'AR', 'CO', 'CL', 'GB', 'DE', 'FR', 'CA'])
      expect(countriesWithProfiles).toContain(country);
  });

  it('has Brazilian prices include tax with nothing added at checkout', () => {
    expect(countryProfile('BR')).toEqual({
      currency: 'BRL',
      language: 'pt-BR',
      tax: { pricesIncludeTax: true, rates: [], note: 'included-in-price' },
    });
  });

  it('adds US sales tax at checkout and leaves the per-state rates to the merchant', () => {
    expect(countryProfile('US').tax).toEqual({
      pricesIncludeTax: false,
      rates: [],
      note: 'per-region',
    });
  });

  it('proposes Canada’s federal GST on top of prices, provinces left to the merchant', () => {
    expect(countryProfile('CA').tax).toMatchObject({
      pricesIncludeTax: false,
      rates: [{ name: 'GST', region: null, rateBps: 500 }],
      note: 'per-region',
    });
  });

  it.each([
    ['ES', 'EUR', 2100],
    ['PT', 'EUR', 2300],
    ['DE', 'EUR', 1900],
    ['FR', 'EUR', 2000],
    ['GB', 'GBP', 2000],
    ['MX', 'MXN', 1600],
    ['AR', 'ARS', 2100],
    ['CO', 'COP', 1900],
    ['CL', 'CLP', 1900],
  ])('has %s prices include VAT at the standard rate, in %s', (country, currency, rateBps) => {
    const profile = countryProfile(country);
    expect(profile.currency).toBe(currency);
    expect(profile.tax.pricesIncludeTax).toBe(true);
    expect(profile.tax.rates).toEqual([
      expect.objectContaining({ region: null, rateBps, appliesToShipping: true }),
    ]);
  });

  it('speaks each Spanish-speaking country’s language and Portuguese in Portugal', () => {
    for (const country of ['MX', 'ES', 'AR', 'CO', 'CL'])
      expect(countryProfile(country).language).toBe('es');
    expect(countryProfile('PT').language).toBe('pt-BR');
  });

  it('falls back to dollars, English and no tax proposal elsewhere, whatever the case', () => {
    expect(countryProfile('NZ')).toEqual(fallbackCountryProfile);
    expect(countryProfile('es')).toEqual(countryProfile('ES'));
    expect(fallbackCountryProfile.tax).toEqual({
      pricesIncludeTax: false,
      rates: [],
      note: 'none',
    });
  });

  it('only uses currencies the platform sells in', () => {
    for (const country of countriesWithProfiles)
      expect(currencies).toContain(countryProfile(country).currency);
  });
});

describe('shipping amounts', () => {
  it.each(currencies)(
    'are whole minor units of %s, free shipping well above the flat rate',
    (currency) => {
      const { flatRate, freeOver } = shippingAmountsFor(currency);
      expect(Number.isInteger(flatRate) && flatRate > 0).toBe(true);
      expect(freeOver).toBeGreaterThanOrEqual(flatRate * 5);
      // Currencies without minor units get amounts a price tag would show.
      if (currencyMinorUnits[currency] === 0) expect(flatRate % 10).toBe(0);
    },
  );

  it('are the usual ones for reais and dollars', () => {
    expect(shippingAmountsFor('BRL')).toEqual({ flatRate: 2490, freeOver: 29900 });
    expect(shippingAmountsFor('USD')).toEqual({ flatRate: 799, freeOver: 7500 });
  });
});
