import type { ShippingAndTaxesDefaults } from '@mpb/contracts';
import {
  amountText,
  formFromDefaults,
  formFromStore,
  parsePercent,
  percentText,
  shippingBodyFromForm,
  type ShippingForm,
} from './shipping-form';

const brazil: ShippingAndTaxesDefaults = {
  country: 'BR',
  currency: 'BRL',
  countryCurrency: 'BRL',
  language: 'pt-BR',
  zoneName: 'Brasil',
  flatRate: 2490,
  freeOver: 29900,
  taxInclusive: true,
  taxRates: [],
  taxNote: 'included-in-price',
};

describe('amounts and percents as the merchant types them', () => {
  it('writes minor units with the UI’s decimal mark and no grouping', () => {
    expect(amountText(2490, 'BRL', 'pt-BR')).toBe('24,90');
    expect(amountText(129900, 'USD', 'en')).toBe('1299.00');
    expect(amountText(800, 'JPY', 'en')).toBe('800');
  });

  it('reads percents with either decimal mark', () => {
    expect(parsePercent('18')).toBe(1800);
    expect(parsePercent('8,1')).toBe(810);
    expect(parsePercent(' 8.25 % ')).toBe(825);
    expect(parsePercent('abc')).toBeNull();
    expect(parsePercent('8.125')).toBeNull();
    expect(percentText(810, 'pt-BR')).toBe('8,1');
  });
});

describe('the shipping and taxes form', () => {
  it('turns the country’s proposal into the API body unchanged', () => {
    const form = formFromDefaults(brazil, 'pt-BR');
    expect(form).toMatchObject({ flatRate: '24,90', hasFreeOver: true, freeOver: '299,00' });
    expect(shippingBodyFromForm(form, 'BRL')).toEqual({
      ok: true,
      body: {
        country: 'BR',
        zoneName: 'Brasil',
        flatRate: 2490,
        freeOver: 29900,
        taxInclusive: true,
        taxRates: [],
      },
    });
  });

  it('sends no free-shipping amount when the merchant turns it off', () => {
    const form: ShippingForm = { ...formFromDefaults(brazil, 'pt-BR'), hasFreeOver: false };
    const result = shippingBodyFromForm(form, 'BRL');
    expect(result.ok && result.body.freeOver).toBeNull();
  });

  it('reports unreadable amounts and each bad tax row by its path', () => {
    const form: ShippingForm = {
      ...formFromDefaults(brazil, 'pt-BR'),
      flatRate: 'abc',
      taxRates: [
        { name: '', region: '', percent: '18', appliesToShipping: false },
        { name: 'ICMS', region: 'AR-B', percent: 'x', appliesToShipping: false },
      ],
    };
    const result = shippingBodyFromForm(form, 'BRL');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.money.flatRate?.reason).toBe('invalid');
    expect(Object.keys(result.fields).sort()).toEqual([
      'taxRates.0.name',
      'taxRates.1.rateBps',
      'taxRates.1.region',
    ]);
  });

  it('reads back what the store has for its country when the merchant returns', () => {
    const form = formFromStore(
      {
        zones: [
          {
            id: '00000000-0000-4000-8000-00000000000a',
            name: 'Everywhere',
            countries: ['BR', 'PT'],
            regions: [],
            position: 0,
            rates: [],
          },
          {
            id: '00000000-0000-4000-8000-00000000000b',
            name: 'Brasil',
            countries: ['BR'],
            regions: [],
            position: 1,
            rates: [
              {
                id: '00000000-0000-4000-8000-00000000000c',
                name: 'Fixo',
                kind: 'flat',
                amount: 1990,
                minWeightGrams: null,
                maxWeightGrams: null,
                freeOverAmount: null,
              },
            ],
          },
        ],
        taxRates: [
          {
            id: '00000000-0000-4000-8000-00000000000d',
            name: 'ICMS SP',
            country: 'BR',
            region: 'BR-SP',
            rateBps: 1800,
            appliesToShipping: true,
          },
          {
            id: '00000000-0000-4000-8000-00000000000e',
            name: 'IVA',
            country: 'PT',
            region: null,
            rateBps: 2300,
            appliesToShipping: true,
          },
        ],
        settings: {
          pricesIncludeTax: false,
          supportEmail: null,
          payments: { provider: 'stripe', connected: false, chargesEnabled: false },
          currency: 'BRL',
          defaultLanguage: 'pt-BR',
          languages: ['pt-BR'],
          displayCurrencies: [],
        },
      },
      'BR',
      'BRL',
      'pt-BR',
    );
    expect(form).toEqual({
      country: 'BR',
      zoneName: 'Brasil',
      flatRate: '19,90',
      hasFreeOver: false,
      freeOver: '',
      taxInclusive: false,
      taxRates: [{ name: 'ICMS SP', region: 'BR-SP', percent: '18', appliesToShipping: true }],
    });
  });

  it('has nothing to read back before the step was saved', () => {
    expect(
      formFromStore(
        {
          zones: [],
          taxRates: [],
          settings: {
            pricesIncludeTax: true,
            supportEmail: null,
            payments: { provider: 'stripe', connected: false, chargesEnabled: false },
            currency: 'BRL',
            defaultLanguage: 'pt-BR',
            languages: ['pt-BR'],
            displayCurrencies: [],
          },
        },
        'BR',
        'BRL',
        'en',
      ),
    ).toBeNull();
  });
});
