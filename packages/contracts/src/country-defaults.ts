import type { Currency, Language } from './common';

/** A tax the wizard proposes: country-wide unless `region` names an ISO 3166-2 subdivision. */
export interface ProposedTaxRate {
  name: string;
  region: string | null;
  /** Basis points: 1,800 is 18%. */
  rateBps: number;
  appliesToShipping: boolean;
}

/**
 * How tax is usually handled in a country: whether shelf prices include it (Brazil, Latin
 * America, the EU and the UK) or it is added at checkout (the US and Canada), and the rate most
 * goods pay. `note` says what the merchant still has to decide themselves.
 */
export interface CountryTaxProfile {
  pricesIncludeTax: boolean;
  rates: ProposedTaxRate[];
  note: 'included-in-price' | 'standard-rate' | 'per-region' | 'none';
}

export interface CountryProfile {
  currency: Currency;
  /** The closest language the platform speaks (pt-BR, en or es). */
  language: Language;
  tax: CountryTaxProfile;
}

const vat = (name: string, rateBps: number): CountryTaxProfile => ({
  pricesIncludeTax: true,
  // In VAT countries delivery charged with goods follows the goods' rate.
  rates: [{ name, region: null, rateBps, appliesToShipping: true }],
  note: 'standard-rate',
});

/**
 * Standard rates of general consumption taxes as published by each tax authority (2025). They
 * are a proposal the merchant edits, not tax advice: reduced rates, regional surcharges and
 * thresholds are theirs to set.
 */
const profiles: Record<string, CountryProfile> = {
  // Brazilian shelf prices include ICMS, PIS and COFINS; nothing is added at checkout.
  BR: {
    currency: 'BRL',
    language: 'pt-BR',
    tax: { pricesIncludeTax: true, rates: [], note: 'included-in-price' },
  },
  // US sales tax depends on the state (and county); there is no federal rate to propose.
  US: {
    currency: 'USD',
    language: 'en',
    tax: { pricesIncludeTax: false, rates: [], note: 'per-region' },
  },
  // GST country-wide; provinces add PST/QST or replace it with HST.
  CA: {
    currency: 'CAD',
    language: 'en',
    tax: {
      pricesIncludeTax: false,
      rates: [{ name: 'GST', region: null, rateBps: 500, appliesToShipping: true }],
      note: 'per-region',
    },
  },
  MX: { currency: 'MXN', language: 'es', tax: vat('IVA', 1600) },
  AR: { currency: 'ARS', language: 'es', tax: vat('IVA', 2100) },
  CO: { currency: 'COP', language: 'es', tax: vat('IVA', 1900) },
  CL: { currency: 'CLP', language: 'es', tax: vat('IVA', 1900) },
  PE: { currency: 'PEN', language: 'es', tax: vat('IGV', 1800) },
  UY: { currency: 'UYU', language: 'es', tax: vat('IVA', 2200) },
  PY: { currency: 'PYG', language: 'es', tax: vat('IVA', 1000) },
  BO: { currency: 'BOB', language: 'es', tax: vat('IVA', 1300) },
  ES: { currency: 'EUR', language: 'es', tax: vat('IVA', 2100) },
  PT: { currency: 'EUR', language: 'pt-BR', tax: vat('IVA', 2300) },
  DE: { currency: 'EUR', language: 'en', tax: vat('MwSt.', 1900) },
  FR: { currency: 'EUR', language: 'en', tax: vat('TVA', 2000) },
  IT: { currency: 'EUR', language: 'en', tax: vat('IVA', 2200) },
  NL: { currency: 'EUR', language: 'en', tax: vat('btw', 2100) },
  IE: { currency: 'EUR', language: 'en', tax: vat('VAT', 2300) },
  GB: { currency: 'GBP', language: 'en', tax: vat('VAT', 2000) },
  CH: { currency: 'CHF', language: 'en', tax: vat('MWST', 810) },
  AU: { currency: 'AUD', language: 'en', tax: vat('GST', 1000) },
  JP: { currency: 'JPY', language: 'en', tax: vat('Consumption tax', 1000) },
};

/** Anywhere else: US dollars, English, no tax proposed (the merchant sets their own). */
export const fallbackCountryProfile: CountryProfile = {
  currency: 'USD',
  language: 'en',
  tax: { pricesIncludeTax: false, rates: [], note: 'none' },
};

/** Countries with a profile of their own; every other country gets the fallback. */
export const countriesWithProfiles: readonly string[] = Object.keys(profiles);

export function countryProfile(country: string): CountryProfile {
  return profiles[country.toUpperCase()] ?? fallbackCountryProfile;
}

/**
 * A domestic flat shipping rate and the order subtotal from which shipping is free, in minor
 * units of each currency: what small shops in that currency commonly charge, rounded to prices
 * people write (R$ 24,90, free from R$ 299,00; $7.99, free from $75).
 */
const shippingAmounts: Record<Currency, { flatRate: number; freeOver: number }> = {
  BRL: { flatRate: 2490, freeOver: 29900 },
  USD: { flatRate: 799, freeOver: 7500 },
  EUR: { flatRate: 495, freeOver: 5000 },
  GBP: { flatRate: 395, freeOver: 4000 },
  ARS: { flatRate: 700000, freeOver: 8000000 },
  CLP: { flatRate: 3990, freeOver: 39990 },
  COP: { flatRate: 1200000, freeOver: 15000000 },
  MXN: { flatRate: 9900, freeOver: 99900 },
  PEN: { flatRate: 1500, freeOver: 19900 },
  UYU: { flatRate: 25000, freeOver: 300000 },
  PYG: { flatRate: 30000, freeOver: 300000 },
  BOB: { flatRate: 3000, freeOver: 35000 },
  CAD: { flatRate: 999, freeOver: 7500 },
  AUD: { flatRate: 995, freeOver: 7500 },
  JPY: { flatRate: 800, freeOver: 8000 },
  CHF: { flatRate: 790, freeOver: 7000 },
};

export function shippingAmountsFor(currency: Currency): { flatRate: number; freeOver: number } {
  return shippingAmounts[currency];
}
