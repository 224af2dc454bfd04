import { z } from 'zod';
import { currencyMinorUnits, languageSchema, languages } from './common';

/**
 * ISO 4217 minor units of every currency a store may *show* its prices in. The currencies a
 * store sells in (`currencyMinorUnits`) plus common ones shoppers abroad think in; a display
 * currency is never charged, so it needs no payment support, only its exponent (KWD has 3 digits
 * after the point, JPY and KRW none).
 */
export const displayCurrencyMinorUnits = {
  ...currencyMinorUnits,
  AED: 2,
  CNY: 2,
  CZK: 2,
  DKK: 2,
  DOP: 2,
  GTQ: 2,
  HKD: 2,
  HUF: 2,
  ILS: 2,
  INR: 2,
  MYR: 2,
  NOK: 2,
  NZD: 2,
  PHP: 2,
  PLN: 2,
  SAR: 2,
  SEK: 2,
  SGD: 2,
  THB: 2,
  TRY: 2,
  TWD: 2,
  ZAR: 2,
  ISK: 0,
  KRW: 0,
  VND: 0,
  BHD: 3,
  JOD: 3,
  KWD: 3,
  OMR: 3,
  TND: 3,
} as const satisfies Record<string, number>;
export type DisplayCurrencyCode = keyof typeof displayCurrencyMinorUnits;
export const displayCurrencyCodes = Object.keys(displayCurrencyMinorUnits).sort() as [
  DisplayCurrencyCode,
  ...DisplayCurrencyCode[],
];

/** Digits after the decimal point of a currency we know, else undefined. */
export function minorUnitsOf(currency: string): number | undefined {
  return Object.hasOwn(displayCurrencyMinorUnits, currency)
    ? displayCurrencyMinorUnits[currency as DisplayCurrencyCode]
    : undefined;
}

export const displayCurrencyCodeSchema = z.enum(displayCurrencyCodes, {
  error: 'must be an ISO 4217 currency code the platform knows, such as EUR',
});

/**
 * How a converted price is rounded for display: `none` to the currency's minor unit, `whole` to
 * the nearest whole unit (halves up), `ninety_nine` up to the next price ending in .99 (only for
 * currencies with at least two decimals).
 */
export const currencyRoundings = ['none', 'whole', 'ninety_nine'] as const;
export type CurrencyRounding = (typeof currencyRoundings)[number];
export const currencyRoundingSchema = z.enum(currencyRoundings, {
  error: `must be one of ${currencyRoundings.join(', ')}`,
});

/** "0.1800" is "0.18", "007" is "7": one spelling per rate, as stored and shown. */
export function normaliseRate(rate: string): string {
  const [whole = '0', fraction = ''] = rate.split('.');
  const integer = whole.replace(/^0+(?=\d)/, '');
  const decimals = fraction.replace(/0+$/, '');
  return decimals ? `${integer}.${decimals}` : integer;
}

/**
 * A manual exchange rate, written as a decimal string so no float ever rounds it: how many units
 * of the display currency one unit of the store's currency buys. At most 7 digits before the
 * point and 8 after (what the column holds), and above zero.
 */
export const exchangeRateSchema = z
  .string({ error: 'must be a decimal number written as a string, such as "0.18"' })
  .trim()
  .regex(
    /^\d{1,7}(\.\d{1,8})?$/,
    'must be a decimal such as 0.18, with at most 7 digits before the point and 8 after',
  )
  .refine((rate) => /[1-9]/.test(rate), 'must be greater than zero')
  .overwrite(normaliseRate);

export const maxDisplayCurrencies = 10;

/** One extra currency in which the storefront shows approximate prices. */
export const displayCurrencyInputSchema = z
  .object({
    currency: displayCurrencyCodeSchema,
    rate: exchangeRateSchema.describe(
      'Units of this currency per unit of the store’s currency: 1 BRL = 0.18 EUR is "0.18".',
    ),
    rounding: currencyRoundingSchema.default('none'),
  })
  .strict()
  .superRefine((entry, context) => {
    if (entry.rounding === 'ninety_nine' && (minorUnitsOf(entry.currency) ?? 0) < 2) {
      context.addIssue({
        code: 'custom',
        path: ['rounding'],
        message: 'cannot end in .99: this currency has fewer than two decimals',
      });
    }
  });
export type DisplayCurrencyInput = z.output<typeof displayCurrencyInputSchema>;

/** Every entry in a list of distinct values; a repeat is reported where it repeats. */
function refuseRepeats<T>(key: (item: T) => string, path: (index: number) => (string | number)[]) {
  return (items: T[], context: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const value = key(item);
      if (seen.has(value)) {
        context.addIssue({ code: 'custom', path: path(index), message: 'is listed twice' });
      }
      seen.add(value);
    });
  };
}

export const displayCurrenciesInputSchema = z
  .array(displayCurrencyInputSchema)
  .max(maxDisplayCurrencies, `must list at most ${maxDisplayCurrencies} currencies`)
  .superRefine(
    refuseRepeats(
      (entry) => entry.currency,
      (index) => [index, 'currency'],
    ),
  );

export const storeLanguagesInputSchema = z
  .array(languageSchema)
  .min(1, 'must enable at least one language')
  .max(languages.length)
  .superRefine(
    refuseRepeats(
      (language) => language,
      (index) => [index],
    ),
  );

/** A display currency as the store API answers it. */
export const displayCurrencySchema = z
  .object({
    currency: z.string(),
    rate: z.string().describe('Units of this currency per unit of the store’s currency.'),
    rounding: z.enum(currencyRoundings),
  })
  .meta({ id: 'DisplayCurrency' });
export type DisplayCurrency = z.infer<typeof displayCurrencySchema>;

/**
 * What the languages and display currencies of a store must also respect beyond their own shape:
 * the default language stays enabled, and the store's own currency is not an extra one. Both the
 * cell (400 naming the field) and the admin's form (before sending) check it.
 */
export function localeSettingsProblems(
  body: {
    languages?: readonly string[] | undefined;
    displayCurrencies?: readonly { currency: string }[] | undefined;
  },
  store: { defaultLanguage: string; currency: string },
): Record<string, string> {
  const problems: Record<string, string> = {};
  if (body.languages && !body.languages.includes(store.defaultLanguage)) {
    problems.languages = `must include the store’s default language, ${store.defaultLanguage}`;
  }
  body.displayCurrencies?.forEach((entry, index) => {
    if (entry.currency === store.currency) {
      problems[`displayCurrencies.${index}.currency`] =
        'is the store’s own currency: prices are already shown in it';
    }
  });
  return problems;
}
