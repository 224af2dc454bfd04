import { minorUnitsOf } from '@mpb/contracts';
import type { Language } from './i18n';

/** An amount as the cell API sends it: an integer count of the currency's minor units. */
export interface Money {
  amountMinor: number;
  currency: string;
}

/**
 * Digits after the decimal point of a currency: from our own table (the currencies stores sell
 * and show prices in), so they always match how amounts are stored and converted, else from
 * Intl, else 2.
 */
export function currencyExponent(currency: string): number {
  const known = minorUnitsOf(currency);
  if (known !== undefined) return known;
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits ?? 2
    );
  } catch {
    return 2;
  }
}

/**
 * Formats money in the store's language, for example 1999 BRL in pt-BR as "R$ 19,99". The
 * exponent comes from our own currency table so the digits shown always match how the amount is
 * stored; a currency we do not list falls back to what Intl knows about it.
 */
export function formatMoney(money: Money, language: Language): string {
  let format: Intl.NumberFormat;
  try {
    format = new Intl.NumberFormat(language, { style: 'currency', currency: money.currency });
  } catch {
    // Intl rejects malformed codes; show the amount rather than break the page.
    return `${money.amountMinor} ${money.currency}`;
  }
  const exponent =
    minorUnitsOf(money.currency) ?? format.resolvedOptions().maximumFractionDigits ?? 2;
  return new Intl.NumberFormat(language, {
    style: 'currency',
    currency: money.currency,
    minimumFractionDigits: exponent,
    maximumFractionDigits: exponent,
  }).format(money.amountMinor / 10 ** exponent);
}

/**
 * An amount as a plain decimal string in major units, for machines (schema.org `price`, form
 * values): 1999 USD is "19.99", 5 USD is "0.05", 1500 JPY is "1500". Built from the integer
 * digits, so no floating-point rounding can creep in.
 */
export function toDecimalString(money: Money): string {
  const exponent = currencyExponent(money.currency);
  const negative = money.amountMinor < 0;
  const digits = String(Math.abs(Math.trunc(money.amountMinor))).padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = exponent > 0 ? `.${digits.slice(digits.length - exponent)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/**
 * Reads an amount a shopper typed in major units ("49.9", "49,90", "1500") as minor units of
 * the currency; undefined when it is not a non-negative number with at most the currency's
 * decimals.
 */
export function parseMajorAmount(text: string, currency: string): number | undefined {
  const exponent = currencyExponent(currency);
  const match = /^(\d{1,12})(?:[.,](\d*))?$/.exec(text.trim());
  if (!match) return undefined;
  const fraction = match[2] ?? '';
  if (fraction.length > exponent) return undefined;
  return Number(match[1]) * 10 ** exponent + Number(fraction.padEnd(exponent, '0') || '0');
}
