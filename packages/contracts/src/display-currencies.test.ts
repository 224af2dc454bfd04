import type { z } from 'zod';
import {
  displayCurrenciesInputSchema,
  exchangeRateSchema,
  localeSettingsProblems,
  minorUnitsOf,
  storeLanguagesInputSchema,
} from './display-currencies';

const issuesOf = (result: z.ZodSafeParseResult<unknown>) =>
  result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));

describe('exchange rates', () => {
  it.each([
    ['0.18', '0.18'],
    ['0.1800', '0.18'],
    ['007', '7'],
    ['151.50', '151.5'],
    [' 1.00000001 ', '1.00000001'],
    ['9999999.99999999', '9999999.99999999'],
  ])('reads %j as %j', (rate, expected) => {
    expect(exchangeRateSchema.parse(rate)).toBe(expected);
  });

  it.each(['0', '0.000', '-1', '1e3', '1,5', '.5', '5.', '12345678', '0.123456789', '', 'abc'])(
    'refuses %j',
    (rate) => {
      expect(exchangeRateSchema.safeParse(rate).success).toBe(false);
    },
  );

  it('refuses a number, which may already have lost digits', () => {
    expect(exchangeRateSchema.safeParse(0.18).success).toBe(false);
  });
});

describe('display currencies', () => {
  it('takes known currencies with a rate, rounding to the minor unit by default', () => {
    expect(displayCurrenciesInputSchema.parse([{ currency: 'EUR', rate: '0.170' }])).toEqual([
      { currency: 'EUR', rate: '0.17', rounding: 'none' },
    ]);
  });

  it('names the entry at fault', () => {
    const result = displayCurrenciesInputSchema.safeParse([
      { currency: 'EUR', rate: '0.17' },
      { currency: 'XYZ', rate: '1' },
      { currency: 'JPY', rate: '30', rounding: 'ninety_nine' },
      { currency: 'USD', rate: '0', rounding: 'whole' },
      { currency: 'GBP', rate: '0.15', extra: true },
    ]);
    expect(issuesOf(result)).toEqual({
      '1.currency': expect.stringContaining('ISO 4217'),
      '2.rounding': expect.stringContaining('.99'),
      '3.rate': 'must be greater than zero',
      '4': expect.stringContaining('extra'),
    });
  });

  it('names a currency listed twice where it repeats', () => {
    const result = displayCurrenciesInputSchema.safeParse([
      { currency: 'EUR', rate: '0.17' },
      { currency: 'USD', rate: '0.2' },
      { currency: 'EUR', rate: '0.2' },
    ]);
    expect(issuesOf(result)).toEqual({ '2.currency': 'is listed twice' });
  });

  it('takes at most ten', () => {
    const eleven = ['EUR', 'USD', 'GBP', 'JPY', 'CHF', 'CAD', 'AUD', 'MXN', 'ARS', 'CLP', 'KWD'];
    const result = displayCurrenciesInputSchema.safeParse(
      eleven.map((currency) => ({ currency, rate: '1' })),
    );
    expect(issuesOf(result)).toEqual({ '': 'must list at most 10 currencies' });
  });

  it('knows each currency’s exponent', () => {
    expect([minorUnitsOf('KWD'), minorUnitsOf('JPY'), minorUnitsOf('EUR')]).toEqual([3, 0, 2]);
    expect(minorUnitsOf('XYZ')).toBeUndefined();
  });
});

describe('store languages', () => {
  it('takes a set of the platform’s languages', () => {
    expect(storeLanguagesInputSchema.parse(['pt-BR', 'es'])).toEqual(['pt-BR', 'es']);
  });

  it.each([[[]], [['fr']], [['en', 'en']]])('refuses %j', (languages) => {
    expect(storeLanguagesInputSchema.safeParse(languages).success).toBe(false);
  });
});

describe('localeSettingsProblems', () => {
  const store = { defaultLanguage: 'pt-BR', currency: 'BRL' };

  it('keeps the default language and leaves the store currency out', () => {
    expect(
      localeSettingsProblems(
        { languages: ['es'], displayCurrencies: [{ currency: 'EUR' }, { currency: 'BRL' }] },
        store,
      ),
    ).toEqual({
      languages: 'must include the store’s default language, pt-BR',
      'displayCurrencies.1.currency': expect.stringContaining('store’s own currency'),
    });
  });

  it('has nothing to say about fields it was not given', () => {
    expect(localeSettingsProblems({}, store)).toEqual({});
    expect(localeSettingsProblems({ languages: ['pt-BR', 'en'] }, store)).toEqual({});
  });
});
