import { localeForCountry } from './country-locale';

describe('localeForCountry', () => {
  it('proposes the country’s currency and closest language', () => {
    expect(localeForCountry('BR', { currency: 'USD', language: 'en' })).toEqual({
      currency: 'BRL',
      language: 'pt-BR',
    });
    expect(localeForCountry('MX', { currency: 'USD', language: 'en' })).toEqual({
      currency: 'MXN',
      language: 'es',
    });
  });

  it('keeps the language for a country without a profile, and the currency unless supported', () => {
    expect(localeForCountry('AT', { currency: 'USD', language: 'en' })).toEqual({
      currency: 'EUR',
      language: 'en',
    });
    expect(localeForCountry('KE', { currency: 'BRL', language: 'pt-BR' })).toEqual({
      currency: 'BRL',
      language: 'pt-BR',
    });
  });
});
