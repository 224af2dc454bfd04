import { minorUnitsOf } from './money';

/**
 * An amount of minor units as a merchant would type it in `locale`, without grouping or
 * currency symbol: 1990 BRL in pt-BR is "19,90", in en "19.90"; 1500 JPY is "1500". It reads
 * back through `parseMoney` to the same amount.
 */
export function minorToInput(minor: number, currency: string, locale: string): string {
  const decimals = minorUnitsOf(currency);
  return new Intl.NumberFormat(locale, {
    useGrouping: false,
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(minor / 10 ** decimals);
}
