import { languages } from '@mpb/contracts';
import {
  dictionaries,
  getMessages,
  interpolate,
  matchAcceptLanguage,
  negotiateLanguage,
  plural,
  resolveLanguage,
} from './i18n';

describe('dictionaries', () => {
  const referenceKeys = Object.keys(dictionaries.en).sort();

  it.each(languages)('%s has every key of the English dictionary and no others', (language) => {
    expect(Object.keys(dictionaries[language]).sort()).toEqual(referenceKeys);
  });

  it.each(languages)('%s has no empty message', (language) => {
    const empty = Object.entries(dictionaries[language]).filter(([, text]) => text.trim() === '');
    expect(empty).toEqual([]);
  });

  // Words that are the same in the other language, checked by a speaker rather than copied.
  const sameWord: Record<'pt-BR' | 'es', string[]> = {
    'pt-BR': ['subtotal', 'total'],
    es: ['subtotal'],
  };

  it.each(['pt-BR', 'es'] as const)(
    '%s is translated rather than copied from English',
    (language) => {
      const copied = Object.entries(dictionaries[language])
        .filter(([key, text]) => text === dictionaries.en[key as keyof typeof dictionaries.en])
        .map(([key]) => key)
        .filter((key) => !sameWord[language].includes(key));
      expect(copied).toEqual([]);
    },
  );

  it('fills placeholders and picks plural forms', () => {
    expect(interpolate('Only {count} of {title} left', { count: 2, title: 'Mug' })).toBe(
      'Only 2 of Mug left',
    );
    expect(interpolate('Hello {name}', {})).toBe('Hello {name}');
    expect(plural('en', 1, dictionaries.en.cartItemsOne, dictionaries.en.cartItemsOther)).toBe(
      'Cart, 1 item',
    );
    expect(
      plural('pt-BR', 3, dictionaries['pt-BR'].cartItemsOne, dictionaries['pt-BR'].cartItemsOther),
    ).toBe('Carrinho, 3 itens');
  });

  it('uses the same placeholders in every language', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const language of languages) {
      const mismatched = Object.entries(dictionaries.en)
        .filter(
          ([key, text]) =>
            JSON.stringify(placeholders(text)) !==
            JSON.stringify(
              placeholders(dictionaries[language][key as keyof typeof dictionaries.en]),
            ),
        )
        .map(([key]) => key);
      expect({ language, mismatched }).toEqual({ language, mismatched: [] });
    }
  });

  it('returns the dictionary of the language asked for', () => {
    expect(getMessages('pt-BR').soldOut).toBe('Esgotado');
    expect(getMessages('es').comingSoonTitle).toBe('Próximamente');
    expect(getMessages('en').noProductsTitle).toBe('No products yet');
  });
});

describe('resolveLanguage', () => {
  it.each([
    ['pt-BR', 'pt-BR'],
    ['pt-br', 'pt-BR'],
    ['pt', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['es-AR', 'es'],
    ['EN-gb', 'en'],
    ['fr', undefined],
    ['', undefined],
    [null, undefined],
  ])('maps %p to %p', (tag, expected) => {
    expect(resolveLanguage(tag)).toBe(expected);
  });
});

describe('negotiateLanguage', () => {
  it('picks the highest-weighted language we translate', () => {
    expect(negotiateLanguage('fr-FR,fr;q=0.9,es;q=0.8,en;q=0.7')).toBe('es');
    expect(negotiateLanguage('en;q=0.5, pt-BR;q=0.9')).toBe('pt-BR');
  });

  it('keeps header order between equal weights', () => {
    expect(negotiateLanguage('es, en')).toBe('es');
  });

  it('ignores refused languages and wildcards', () => {
    expect(negotiateLanguage('es;q=0, *, pt;q=0.1')).toBe('pt-BR');
  });

  it('falls back to English when nothing matches or there is no header', () => {
    expect(negotiateLanguage('de, fr')).toBe('en');
    expect(negotiateLanguage(null)).toBe('en');
  });
});

describe('matchAcceptLanguage', () => {
  it('picks the most preferred language among those offered', () => {
    expect(matchAcceptLanguage('fr-FR,fr;q=0.9,es;q=0.8,en;q=0.7', ['pt-BR', 'en', 'es'])).toBe(
      'es',
    );
    expect(matchAcceptLanguage('fr-FR,fr;q=0.9,es;q=0.8,en;q=0.7', ['pt-BR', 'en'])).toBe('en');
    expect(matchAcceptLanguage('es-MX', ['pt-BR', 'es'])).toBe('es');
  });

  it('has no answer when nothing offered is acceptable', () => {
    expect(matchAcceptLanguage('fr-FR,de;q=0.5', ['pt-BR', 'es'])).toBeUndefined();
    expect(matchAcceptLanguage('es;q=0', ['es'])).toBeUndefined();
    expect(matchAcceptLanguage(null, ['es'])).toBeUndefined();
  });
});
