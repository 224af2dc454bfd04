import {
  countriesWithProfiles,
  countryProfile,
  type Currency,
  type Language,
} from '@mpb/contracts';
import { currencyOfCountry } from './locale-defaults';

export interface CountryLocale {
  currency: Currency;
  language: Language;
}

/**
 * The currency and language a store in `country` most likely wants, for the wizard to pre-fill
 * when the merchant picks a country. A country the platform has no profile for keeps the
 * language chosen so far, and the currency too unless the country's own is supported.
 */
export function localeForCountry(country: string, current: CountryLocale): CountryLocale {
  if (countriesWithProfiles.includes(country)) {
    const { currency, language } = countryProfile(country);
    return { currency, language };
  }
  return { currency: currencyOfCountry(country) ?? current.currency, language: current.language };
}
