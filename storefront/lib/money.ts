import { currencyMinorUnits } from '@mpb/contracts';
import type { Language } from './i18n';

/** An amount as the cell API sends it: an integer count of the currency's minor units. */
export interface Money {
  amountMinor: number;
  currency: string;
}

function isKnownCurrency(currency: string): currency is keyof typeof currencyMinorUnits {
  return Object.hasOwn(currencyMinorUnits, currency);
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
  const exponent = isKnownCurrency(money.currency)
    ? currencyMinorUnits[money.currency]
    : (format.resolvedOptions().maximumFractionDigits ?? 2);
  return new Intl.NumberFormat(language, {
    style: 'currency',
    currency: money.currency,
    minimumFractionDigits: exponent,
    maximumFractionDigits: exponent,
  }).format(money.amountMinor / 10 ** exponent);
}
