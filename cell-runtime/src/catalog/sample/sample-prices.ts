import { currencyMinorUnits, type Currency } from '@mpb/contracts';

/**
 * Roughly how many units of each currency a US dollar buys. Sample prices only need to look
 * plausible in the store's currency, not to track the market, so these are fixed.
 */
const unitsPerDollar: Record<Currency, number> = {
  BRL: 5.5,
  USD: 1,
  EUR: 0.92,
  GBP: 0.79,
  ARS: 1000,
  CLP: 950,
  COP: 4000,
  MXN: 18,
  PEN: 3.75,
  UYU: 40,
  PYG: 7500,
  BOB: 6.9,
  CAD: 1.37,
  AUD: 1.52,
  JPY: 150,
  CHF: 0.88,
};

/**
 * A price in US cents as a shop in `currency` would write it, in that currency's minor units:
 * converted, rounded up to two significant digits, then just under (6.99, 29.90, 169.90,
 * 4,490, 28,900). Currencies without minor units (JPY, CLP, PYG) get whole amounts.
 */
export function samplePrice(usdCents: number, currency: Currency): number {
  const exponent = currencyMinorUnits[currency];
  const { value, step, rounded } = roundUp(usdCents, currency);
  let major: number;
  if (rounded >= 1000 || exponent === 0) major = rounded - Math.max(Math.floor(step / 10), 0);
  else if (rounded >= 10) major = rounded - 0.1;
  else major = Math.ceil(value * 2 - 1e-9) / 2 - 0.01;
  return Math.max(Math.round(major * 10 ** exponent), 1);
}

/**
 * What a dearer variant adds to its product's price, rounded up to two significant digits
 * (without the "just under" of prices: 29.90 plus 2.00, not plus 1.90).
 */
export function sampleSurcharge(usdCents: number, currency: Currency): number {
  return Math.round(roundUp(usdCents, currency).rounded * 10 ** currencyMinorUnits[currency]);
}

function roundUp(usdCents: number, currency: Currency) {
  const value = (usdCents / 100) * unitsPerDollar[currency];
  const step = 10 ** Math.floor(Math.log10(value)) / 10;
  return { value, step, rounded: Math.ceil(value / step - 1e-9) * step };
}
