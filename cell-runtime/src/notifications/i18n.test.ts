import { languages } from '@mpb/contracts';
import { dictionaries, pickLanguage, placeholdersOf, translate, type MessageKey } from './i18n';

describe('the notification dictionary', () => {
  const reference = dictionaries.en;
  const keys = Object.keys(reference) as MessageKey[];

  it.each(languages)('has every message in %s, with the same placeholders', (language) => {
    const dictionary = dictionaries[language];
    expect(Object.keys(dictionary).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      const message = dictionary[key];
      expect({ key, empty: message.trim() === '' }).toEqual({ key, empty: false });
      expect({ key, placeholders: placeholdersOf(message) }).toEqual({
        key,
        placeholders: placeholdersOf(reference[key]),
      });
    }
  });

  it('translates each language separately', () => {
    expect(
      new Set(languages.map((language) => dictionaries[language]['confirmation.heading'])).size,
    ).toBe(languages.length);
  });

  it('fills placeholders and refuses to mail a literal placeholder', () => {
    expect(translate('pt-BR', 'confirmation.subject', { store: 'Loja', number: 1001 })).toBe(
      'Loja: pedido #1001 confirmado',
    );
    expect(() => translate('en', 'confirmation.subject', { store: 'Shop' })).toThrow(/number/);
  });
});

describe('pickLanguage', () => {
  it.each([
    ['pt-BR', 'en', 'pt-BR'],
    ['es', 'pt-BR', 'es'],
    ['es-MX', 'pt-BR', 'es'],
    ['pt', 'en', 'pt-BR'],
    ['en_US', 'es', 'en'],
    ['fr', 'es', 'es'],
    [null, 'pt-BR', 'pt-BR'],
    ['de', 'de', 'en'],
  ])('order locale %s in a %s store writes %s', (locale, store, expected) => {
    expect(pickLanguage(locale, store)).toBe(expected);
  });
});
