import {
  currencyMinorUnits,
  minorUnitsOf as knownMinorUnits,
  moneySchema,
  type Currency,
} from '@mpb/contracts';

/** Why an amount typed by a merchant was refused; the form turns it into a translated message. */
export type MoneyParseFailure =
  'empty' | 'invalid' | 'negative' | 'too-many-decimals' | 'too-large';

export type MoneyParseResult =
  { ok: true; minor: number } | { ok: false; reason: MoneyParseFailure; maxDecimals: number };

// The API's ceiling, read from the contract so the form and the server agree.
const maxMinor = moneySchema.maxValue ?? Number.MAX_SAFE_INTEGER;

const plain = /^(\d+)(?:[.,](\d*))?$/;
// "1.234,56" or "1,234.56": groups of three with one separator, then the other as decimal mark.
const grouped = /^(\d{1,3}(?:([.,])\d{3})+)(?:[.,](\d*))?$/;

/**
 * Turns what a merchant types ("19,90", "19.90", "1.234,56") into integer minor units of
 * `currency`. Both decimal marks are accepted because stores sell in pt-BR, es and en alike;
 * a lone separator is read as the decimal mark, except before exactly three digits in a
 * currency without decimals (JPY "1,500" is fifteen hundred yen).
 */
export function parseMoney(input: string, currency: string): MoneyParseResult {
  const decimals = minorUnitsOf(currency);
  const fail = (reason: MoneyParseFailure): MoneyParseResult => ({
    ok: false,
    reason,
    maxDecimals: decimals,
  });
  const text = input.replace(/[\s\u00a0]/g, '');
  if (text === '') return fail('empty');
  if (/^[-\u2212]/.test(text)) return fail('negative');

  const split = splitAmount(text, decimals);
  if (!split) return fail('invalid');
  const { whole, fraction } = split;
  if (fraction.length > decimals) return fail('too-many-decimals');

  const digits = (whole + fraction.padEnd(decimals, '0')).replace(/^0+(?=\d)/, '');
  // Beyond 15 digits a double loses integer precision; such amounts are far over the limit anyway.
  if (digits.length > 15) return fail('too-large');
  const minor = Number(digits);
  if (minor > maxMinor) return fail('too-large');
  return { ok: true, minor };
}

function splitAmount(text: string, decimals: number): { whole: string; fraction: string } | null {
  const simple = plain.exec(text);
  if (simple) {
    const whole = simple[1] ?? '';
    const fraction = simple[2] ?? '';
    if (decimals === 0 && fraction.length === 3) return { whole: whole + fraction, fraction: '' };
    return { whole, fraction };
  }
  const withGroups = grouped.exec(text);
  if (!withGroups) return null;
  const groupSeparator = withGroups[2] ?? '';
  const fraction = withGroups[3];
  // The decimal mark must differ from the group separator: "1.234.56" is a typo, not a number.
  if (fraction !== undefined && text.charAt(text.length - fraction.length - 1) === groupSeparator) {
    return null;
  }
  return { whole: (withGroups[1] ?? '').replace(/[.,]/g, ''), fraction: fraction ?? '' };
}

/** Shows an amount of minor units in the merchant's language, e.g. 1990 BRL → "R$ 19,90". */
export function formatMoney(minor: number, currency: string, locale: string): string {
  const decimals = minorUnitsOf(currency);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(minor / 10 ** decimals);
}

export function isCurrency(code: string): code is Currency {
  return Object.hasOwn(currencyMinorUnits, code);
}

/**
 * Decimal places of a currency per the contract (store and display currencies alike). A code
 * the contract does not know (a newer server) is treated like most currencies, with two.
 */
export function minorUnitsOf(currency: string): number {
  return knownMinorUnits(currency) ?? 2;
}
