import { minorUnitsOf, type CurrencyRounding } from './display-currencies';

/** A display currency's manual rate, as the store API gives it. */
export interface DisplayRate {
  currency: string;
  /** Decimal string: units of `currency` per unit of the store's currency. */
  rate: string;
  rounding: CurrencyRounding;
}

const ten = (power: number) => 10n ** BigInt(power);

/** `numerator / denominator` rounded to the nearest integer, halves away from zero (both > 0). */
const roundHalfUp = (numerator: bigint, denominator: bigint) =>
  (2n * numerator + denominator) / (2n * denominator);

/**
 * Converts an amount in minor units of `fromCurrency` (the store's) into minor units of
 * `to.currency` at the store's manual rate, then applies the rounding rule. The arithmetic is
 * exact: the rate's decimal digits and both exponents become one BigInt fraction, rounded once,
 * so 100 × 0.29 is 29 and not 28.999…; only the result must fit a safe integer.
 *
 * Undefined when either currency's exponent is unknown, the rate is not a positive decimal, the
 * amount is not an integer, or the result is too large to be exact: callers then show the
 * store's own price alone.
 */
export function convertMinorUnits(
  amountMinor: number,
  fromCurrency: string,
  to: DisplayRate,
): number | undefined {
  const fromUnits = minorUnitsOf(fromCurrency);
  const toUnits = minorUnitsOf(to.currency);
  const rate = /^(\d+)(?:\.(\d+))?$/.exec(to.rate);
  if (fromUnits === undefined || toUnits === undefined || !rate) return undefined;
  if (!Number.isSafeInteger(amountMinor)) return undefined;
  const fraction = rate[2] ?? '';
  const rateDigits = BigInt(`${rate[1]}${fraction}`);
  if (rateDigits === 0n) return undefined;

  // value in minor units of the target = numerator / denominator, exactly.
  const numerator = BigInt(Math.abs(amountMinor)) * rateDigits * ten(toUnits);
  const denominator = ten(fraction.length + fromUnits);
  const unit = ten(toUnits);
  // A currency without two decimals cannot end in .99: it is rounded to whole units instead.
  const rounding = to.rounding === 'ninety_nine' && toUnits < 2 ? 'whole' : to.rounding;
  let converted: bigint;
  if (numerator === 0n) converted = 0n;
  else if (rounding === 'whole') converted = roundHalfUp(numerator, denominator * unit) * unit;
  else if (rounding === 'ninety_nine') {
    // The smallest price ending in .99 that is not below the exact value.
    const step = unit / 100n;
    const span = denominator * unit;
    const wholeUnits = (numerator + denominator * step + span - 1n) / span;
    converted = wholeUnits * unit - step;
  } else converted = roundHalfUp(numerator, denominator);

  if (converted > BigInt(Number.MAX_SAFE_INTEGER)) return undefined;
  const result = Number(converted);
  return amountMinor < 0 ? -result : result;
}
