import { currencyMinorUnits, type Language } from '@mpb/contracts';

const htmlEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for HTML element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => htmlEntities[character] ?? character);
}

function isKnownCurrency(currency: string): currency is keyof typeof currencyMinorUnits {
  return Object.hasOwn(currencyMinorUnits, currency);
}

/**
 * Money in minor units as the language writes it: 123456 BRL in pt-BR is "R$ 1.234,56". The
 * exponent comes from our currency table, so the digits always match how the amount is stored.
 */
export function formatMoney(amountMinor: number, currency: string, language: Language): string {
  let exponent: number;
  try {
    exponent = isKnownCurrency(currency)
      ? currencyMinorUnits[currency]
      : (new Intl.NumberFormat(language, { style: 'currency', currency }).resolvedOptions()
          .maximumFractionDigits ?? 2);
  } catch {
    // Intl rejects malformed codes; an email with a plain amount beats no email.
    return `${amountMinor} ${currency}`;
  }
  return new Intl.NumberFormat(language, {
    style: 'currency',
    currency,
    minimumFractionDigits: exponent,
    maximumFractionDigits: exponent,
  }).format(amountMinor / 10 ** exponent);
}

/** A calendar date as the language writes it ("3 de março de 2025"), in the store's time zone. */
export function formatDate(date: Date, language: Language, timeZone: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone }).format(date);
}

/**
 * Stores have a country but no time zone yet. A date in an email should be the buyer's calendar
 * day, not UTC's (an order at 22:00 in São Paulo is already tomorrow in UTC), so each country we
 * sell in most maps to its most populous zone; anything else falls back to UTC.
 */
const countryTimeZones: Record<string, string> = {
  AR: 'America/Argentina/Buenos_Aires',
  AU: 'Australia/Sydney',
  BO: 'America/La_Paz',
  BR: 'America/Sao_Paulo',
  CA: 'America/Toronto',
  CH: 'Europe/Zurich',
  CL: 'America/Santiago',
  CO: 'America/Bogota',
  DE: 'Europe/Berlin',
  EC: 'America/Guayaquil',
  ES: 'Europe/Madrid',
  FR: 'Europe/Paris',
  GB: 'Europe/London',
  IE: 'Europe/Dublin',
  IT: 'Europe/Rome',
  JP: 'Asia/Tokyo',
  MX: 'America/Mexico_City',
  NL: 'Europe/Amsterdam',
  PE: 'America/Lima',
  PT: 'Europe/Lisbon',
  PY: 'America/Asuncion',
  US: 'America/New_York',
  UY: 'America/Montevideo',
  VE: 'America/Caracas',
};

export function storeTimeZone(country: string): string {
  return countryTimeZones[country.toUpperCase()] ?? 'UTC';
}
