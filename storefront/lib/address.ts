import { countries } from '@mpb/contracts';

/**
 * A region as the shopper typed it, as the API wants it (ISO 3166-2, e.g. BR-SP): "sp" in Brazil
 * becomes "BR-SP". Undefined for an empty field; an error for a code of another country or one
 * that cannot be a region code.
 */
export function normalizeRegion(
  input: string,
  country: string,
): { ok: true; region: string | undefined } | { ok: false } {
  const text = input.trim().toUpperCase();
  if (!text) return { ok: true, region: undefined };
  const region = /^[A-Z0-9]{1,3}$/.test(text) ? `${country}-${text}` : text;
  if (!/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(region) || !region.startsWith(`${country}-`)) {
    return { ok: false };
  }
  return { ok: true, region };
}

/** The short code of a region for the form field: BR-SP shows as SP. */
export function regionFieldValue(region: string | undefined | null): string {
  return region ? region.replace(/^[A-Z]{2}-/, '') : '';
}

/** Every country with its name in the shopper's language, sorted by that name. */
export function countryChoices(language: string): { code: string; name: string }[] {
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([language], { type: 'region' });
  } catch {
    names = undefined;
  }
  const collator = new Intl.Collator(language);
  return countries
    .map((code) => ({ code, name: names?.of(code) ?? code }))
    .sort((a, b) => collator.compare(a.name, b.name));
}
