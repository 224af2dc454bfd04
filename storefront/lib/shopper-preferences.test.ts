import {
  choosePreferences,
  preferenceCookies,
  preferenceSearch,
  readPreferenceCookies,
  readPreferenceQuery,
  type StoreOffer,
} from './shopper-preferences';

const eur = { currency: 'EUR', rate: '0.17', rounding: 'none' as const };
const usd = { currency: 'USD', rate: '0.19', rounding: 'whole' as const };
const store: StoreOffer = {
  language: 'pt-BR',
  languages: ['pt-BR', 'es'],
  currency: 'BRL',
  displayCurrencies: [eur, usd],
};
const nobody = { url: {}, cookies: {}, acceptLanguage: null };

describe('readPreferenceQuery', () => {
  it('reads a language and a currency the platform knows', () => {
    expect(readPreferenceQuery(new URLSearchParams('lang=es&currency=eur'))).toEqual({
      language: 'es',
      currency: 'EUR',
    });
    expect(readPreferenceQuery(new URLSearchParams('lang=PT-br'))).toEqual({
      language: 'pt-BR',
      currency: undefined,
    });
  });

  it.each(['lang=fr', 'lang=es-AR', 'lang=pt', 'currency=XYZ', 'currency=EURO', 'lang=&currency='])(
    'ignores %s',
    (query) => {
      expect(readPreferenceQuery(new URLSearchParams(query))).toEqual({
        language: undefined,
        currency: undefined,
      });
    },
  );

  it('writes back what it reads', () => {
    const choice = { language: 'es' as const, currency: 'EUR' };
    expect(readPreferenceQuery(new URLSearchParams(preferenceSearch(choice)))).toEqual(choice);
    expect(preferenceSearch({})).toBe('');
  });
});

describe('preference cookies', () => {
  it('remember a choice for a year on the store’s own host, out of scripts’ reach', () => {
    const cookies = preferenceCookies({ language: 'es', currency: 'EUR' }, { secure: true });
    expect(cookies).toEqual([
      {
        name: 'mpb_lang',
        value: 'es',
        options: { path: '/', sameSite: 'lax', secure: true, httpOnly: true, maxAge: 31536000 },
      },
      expect.objectContaining({ name: 'mpb_currency', value: 'EUR' }),
    ]);
    expect(preferenceCookies({}, { secure: false })).toEqual([]);
  });

  it('are read only when well formed', () => {
    const jar: Record<string, string> = { mpb_lang: 'en', mpb_currency: '<script>' };
    expect(readPreferenceCookies((name) => jar[name])).toEqual({
      language: 'en',
      currency: undefined,
    });
  });
});

describe('choosePreferences', () => {
  it('shows a visitor who chose nothing the store’s language and currency', () => {
    expect(choosePreferences(store, nobody)).toEqual({
      language: 'pt-BR',
      languageInUrl: false,
      displayCurrency: null,
    });
  });

  it('follows Accept-Language among the store’s languages only', () => {
    const pick = (acceptLanguage: string) =>
      choosePreferences(store, { ...nobody, acceptLanguage }).language;
    expect(pick('es-AR,es;q=0.9,en;q=0.8')).toBe('es');
    expect(pick('en-US,en;q=0.9,es;q=0.5')).toBe('es');
    expect(pick('en-US,fr;q=0.9')).toBe('pt-BR');
    expect(pick('pt-PT')).toBe('pt-BR');
  });

  it('puts a remembered choice before Accept-Language, and the URL’s before both', () => {
    const withCookie = { ...nobody, cookies: { language: 'es' as const }, acceptLanguage: 'pt-BR' };
    expect(choosePreferences(store, withCookie)).toMatchObject({
      language: 'es',
      languageInUrl: false,
    });
    expect(
      choosePreferences(store, { ...withCookie, url: { language: 'pt-BR' as const } }),
    ).toMatchObject({ language: 'pt-BR', languageInUrl: true });
  });

  it('ignores a language the store does not offer, wherever it comes from', () => {
    const chosen = choosePreferences(store, {
      url: { language: 'en' },
      cookies: { language: 'en' },
      acceptLanguage: 'en',
    });
    expect(chosen).toEqual({ language: 'pt-BR', languageInUrl: false, displayCurrency: null });
  });

  it('shows prices in an offered display currency, the URL’s before the cookie’s', () => {
    expect(choosePreferences(store, { ...nobody, cookies: { currency: 'USD' } })).toMatchObject({
      displayCurrency: usd,
    });
    expect(
      choosePreferences(store, {
        ...nobody,
        url: { currency: 'EUR' },
        cookies: { currency: 'USD' },
      }),
    ).toMatchObject({ displayCurrency: eur });
  });

  it('goes back to the store’s currency alone when the shopper picks it, or one not offered', () => {
    const pick = (url: string | undefined, cookie: string | undefined) =>
      choosePreferences(store, { ...nobody, url: { currency: url }, cookies: { currency: cookie } })
        .displayCurrency;
    expect(pick('BRL', 'EUR')).toBeNull();
    expect(pick('GBP', undefined)).toBeNull();
    expect(pick('GBP', 'EUR')).toEqual(eur);
  });
});
