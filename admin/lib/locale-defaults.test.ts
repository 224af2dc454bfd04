import { languageFromTag, storeDefaultsFromLocale } from './locale-defaults';

describe('storeDefaultsFromLocale', () => {
  it.each([
    ['pt-BR', { language: 'pt-BR', country: 'BR', currency: 'BRL' }],
    ['pt', { language: 'pt-BR', country: 'BR', currency: 'BRL' }],
    ['pt-PT', { language: 'pt-BR', country: 'PT', currency: 'EUR' }],
    ['es', { language: 'es', country: 'ES', currency: 'EUR' }],
    ['es-ES', { language: 'es', country: 'ES', currency: 'EUR' }],
    ['es-AR', { language: 'es', country: 'AR', currency: 'ARS' }],
    ['es-MX', { language: 'es', country: 'MX', currency: 'MXN' }],
    ['es-419', { language: 'es', country: 'ES', currency: 'EUR' }],
    ['es-VE', { language: 'es', country: 'VE', currency: 'EUR' }],
    ['en', { language: 'en', country: 'US', currency: 'USD' }],
    ['en-US', { language: 'en', country: 'US', currency: 'USD' }],
    ['en-GB', { language: 'en', country: 'GB', currency: 'GBP' }],
    ['ja-JP', { language: 'en', country: 'JP', currency: 'JPY' }],
    ['fr-FR', { language: 'en', country: 'FR', currency: 'EUR' }],
    ['de', { language: 'en', country: 'US', currency: 'USD' }],
    ['pt_BR', { language: 'pt-BR', country: 'BR', currency: 'BRL' }],
  ])('%s → %o', (tag, expected) => {
    expect(storeDefaultsFromLocale(tag)).toEqual(expected);
  });

  it.each([undefined, '', 'not a locale!!'])('falls back to en/US/USD for %p', (tag) => {
    expect(storeDefaultsFromLocale(tag)).toEqual({
      language: 'en',
      country: 'US',
      currency: 'USD',
    });
  });
});

describe('languageFromTag', () => {
  it('maps any Portuguese to pt-BR, any Spanish to es, the rest to en', () => {
    expect(['pt-BR', 'pt-AO', 'es-CO', 'ES', 'en-AU', 'it'].map(languageFromTag)).toEqual([
      'pt-BR',
      'pt-BR',
      'es',
      'es',
      'en',
      'en',
    ]);
  });
});
