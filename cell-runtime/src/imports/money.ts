export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * An amount in major units ("19.90", "19,90", "20") to integer minor units, exactly: no
 * floating point, and no more decimals than the currency has (none for JPY). Thousands
 * separators are refused, since "1,234" could mean either.
 */
export function parseMajorUnits(text: string, exponent: number): Parsed<number> {
  const value = text.trim();
  if (value.startsWith('-')) return { ok: false, message: 'must not be negative' };
  const match = /^(\d{1,12})(?:[.,](\d+))?$/.exec(value);
  if (!match) {
    return /^\d{13,}/.test(value)
      ? { ok: false, message: 'is too large' }
      : { ok: false, message: `must be an amount like ${example(exponent)}` };
  }
  const [, whole = '', fraction = ''] = match;
  if (fraction.length > exponent) {
    return {
      ok: false,
      message:
        exponent === 0
          ? 'must be a whole amount: the store currency has no decimals'
          : `must have at most ${exponent} decimals (like ${example(exponent)}, without thousands separators)`,
    };
  }
  const minor = Number(whole) * 10 ** exponent + Number(fraction.padEnd(exponent, '0') || '0');
  return { ok: true, value: minor };
}

/** Minor units to the major-unit text files carry: 1990 → "19.90" (BRL), 1990 → "1990" (JPY). */
export function formatMajorUnits(minor: number, exponent: number): string {
  if (exponent === 0) return String(minor);
  const scale = 10 ** exponent;
  const whole = Math.floor(minor / scale);
  const fraction = String(minor % scale).padStart(exponent, '0');
  return `${whole}.${fraction}`;
}

function example(exponent: number): string {
  return exponent === 0 ? '1990' : formatMajorUnits(1990, exponent);
}

/** A whole number as text ("12"); "12.0" and "1e3" are refused rather than guessed at. */
export function parseWholeNumber(text: string): Parsed<number> {
  const value = text.trim();
  if (!/^-?\d{1,15}$/.test(value)) return { ok: false, message: 'must be a whole number' };
  return { ok: true, value: Number(value) };
}
