import { minorUnitsOf, type DisplayCurrency } from '@mpb/contracts';
import { matchAcceptLanguage, resolveLanguage, type Language } from './i18n';

// The shopper's language and display currency (ADR 0021). A link with `?lang=es` or
// `?currency=EUR` (the switchers in the header, or hreflang alternates) is an explicit choice:
// proxy.ts hands it to the pages in a request header and keeps it in a cookie of the store's own
// host, so later pages follow it. Without one: the cookie, then (for the language) the browser's
// Accept-Language among the store's languages, then the store's default. Whatever the visitor
// sends is only a wish: a language or currency the store does not offer is ignored.

export const languageParam = 'lang';
export const currencyParam = 'currency';
export const languageCookieName = 'mpb_lang';
export const currencyCookieName = 'mpb_currency';
/** A preference is remembered for a year: it is a convenience, not a secret. */
export const preferenceCookieMaxAgeSeconds = 365 * 24 * 60 * 60;
/** The request header in which proxy.ts hands the URL's choices to the pages. */
export const preferenceRequestHeader = 'x-mpb-preferences';

export interface PreferenceChoice {
  language?: Language | undefined;
  currency?: string | undefined;
}

function readLanguage(value: string | null | undefined): Language | undefined {
  // Only exact spellings ("es", "pt-BR", any case): a URL or cookie names one of ours or none.
  const language = resolveLanguage(value);
  return language && language.toLowerCase() === value?.trim().toLowerCase() ? language : undefined;
}

function readCurrency(value: string | null | undefined): string | undefined {
  const code = value?.trim().toUpperCase();
  return code && /^[A-Z]{3}$/.test(code) && minorUnitsOf(code) !== undefined ? code : undefined;
}

/** The choices a query (or the header proxy.ts writes) makes, each only when well formed. */
export function readPreferenceQuery(params: URLSearchParams): PreferenceChoice {
  return {
    language: readLanguage(params.get(languageParam)),
    currency: readCurrency(params.get(currencyParam)),
  };
}

/** The query string of a choice: what proxy.ts passes on, and what switcher links add. */
export function preferenceSearch(choice: PreferenceChoice): string {
  const params = new URLSearchParams();
  if (choice.language) params.set(languageParam, choice.language);
  if (choice.currency) params.set(currencyParam, choice.currency);
  return params.toString();
}

/** The choices remembered in the store's cookies. */
export function readPreferenceCookies(get: (name: string) => string | undefined): PreferenceChoice {
  return {
    language: readLanguage(get(languageCookieName)),
    currency: readCurrency(get(currencyCookieName)),
  };
}

export interface PreferenceCookie {
  name: string;
  value: string;
  options: { path: '/'; sameSite: 'lax'; secure: boolean; httpOnly: true; maxAge: number };
}

/** The cookies that remember a choice: the store's own host only, readable by no other site. */
export function preferenceCookies(
  choice: PreferenceChoice,
  options: { secure: boolean },
): PreferenceCookie[] {
  const attributes = {
    path: '/' as const,
    sameSite: 'lax' as const,
    secure: options.secure,
    httpOnly: true as const,
    maxAge: preferenceCookieMaxAgeSeconds,
  };
  const cookies: PreferenceCookie[] = [];
  if (choice.language)
    cookies.push({ name: languageCookieName, value: choice.language, options: attributes });
  if (choice.currency)
    cookies.push({ name: currencyCookieName, value: choice.currency, options: attributes });
  return cookies;
}

export interface StoreOffer {
  /** The store's default language. */
  language: Language;
  /** Every language the store offers, the default among them. */
  languages: readonly Language[];
  /** The currency the store sells (and charges) in. */
  currency: string;
  displayCurrencies: readonly DisplayCurrency[];
}

export interface ShopperPreferences {
  language: Language;
  /** The URL itself asked for this language: its canonical URL keeps `?lang=`. */
  languageInUrl: boolean;
  /** The currency prices are also shown in, approximately; null: the store's own only. */
  displayCurrency: DisplayCurrency | null;
}

/**
 * The language and display currency of this visit: an explicit choice in the URL, else the one
 * remembered in a cookie, else (language only) Accept-Language among the store's languages, else
 * the store's default. Choosing the store's own currency shows prices in it alone.
 */
export function choosePreferences(
  store: StoreOffer,
  visitor: { url: PreferenceChoice; cookies: PreferenceChoice; acceptLanguage: string | null },
): ShopperPreferences {
  const offered = (language: Language | undefined) =>
    language && store.languages.includes(language) ? language : undefined;
  const fromUrl = offered(visitor.url.language);
  const language =
    fromUrl ??
    offered(visitor.cookies.language) ??
    matchAcceptLanguage(visitor.acceptLanguage, store.languages) ??
    store.language;

  const currencyFor = (code: string | undefined) =>
    code === store.currency
      ? null
      : store.displayCurrencies.find((entry) => entry.currency === code);
  const chosen = [visitor.url.currency, visitor.cookies.currency]
    .map(currencyFor)
    .find((entry) => entry !== undefined);
  return { language, languageInUrl: fromUrl !== undefined, displayCurrency: chosen ?? null };
}
