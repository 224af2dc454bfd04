import { countries, type Currency, type Language } from '@mpb/contracts';

export interface StoreLocaleDefaults {
  language: Language;
  country: string;
  currency: Currency;
}

const euroCountries = new Set(
  'AT BE CY DE EE ES FI FR GR HR IE IT LT LU LV MT NL PT SI SK'.split(' '),
);

// Only countries whose own currency the platform sells in; the rest fall back per language.
const currencyByCountry: Readonly<Record<string, Currency>> = {
  BR: 'BRL',
  US: 'USD',
  GB: 'GBP',
  AR: 'ARS',
  CL: 'CLP',
  CO: 'COP',
  MX: 'MXN',
  PE: 'PEN',
  UY: 'UYU',
  PY: 'PYG',
  BO: 'BOB',
  CA: 'CAD',
  AU: 'AUD',
  JP: 'JPY',
  CH: 'CHF',
};

const fallbackByLanguage: Readonly<Record<Language, { country: string; currency: Currency }>> = {
  'pt-BR': { country: 'BR', currency: 'BRL' },
  es: { country: 'ES', currency: 'EUR' },
  en: { country: 'US', currency: 'USD' },
};

const knownCountries: ReadonlySet<string> = new Set(countries);

/** The product language closest to a BCP 47 tag: any Portuguese is pt-BR, any Spanish is es. */
export function languageFromTag(tag: string | undefined): Language {
  const primary = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  if (primary === 'pt') return 'pt-BR';
  if (primary === 'es') return 'es';
  return 'en';
}

/**
 * Defaults for a new store from the browser's locale (`navigator.language`), so most merchants
 * never touch the currency, language and country selects. The region decides the country and,
 * where the platform supports its currency, the currency; otherwise the language decides.
 */
export function storeDefaultsFromLocale(tag: string | undefined): StoreLocaleDefaults {
  const language = languageFromTag(tag);
  const fallback = fallbackByLanguage[language];
  const region = regionOf(tag);
  if (!region) return { language, ...fallback };
  return { language, country: region, currency: currencyOfCountry(region) ?? fallback.currency };
}

/** The currency a country sells in, when the platform supports it; undefined otherwise. */
export function currencyOfCountry(country: string): Currency | undefined {
  return currencyByCountry[country] ?? (euroCountries.has(country) ? 'EUR' : undefined);
}

function regionOf(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    const region = new Intl.Locale(tag.replace(/_/g, '-')).region;
    return region && knownCountries.has(region) ? region : undefined;
  } catch {
    // A malformed tag (some embedded browsers report odd values) means "no region".
    return undefined;
  }
}
