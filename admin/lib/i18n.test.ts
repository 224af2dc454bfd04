import { languages } from '@mpb/contracts';
import { dictionaries, pickUiLanguage } from './i18n';

type Leaf = { path: string; value: unknown };

function leaves(node: unknown, prefix = ''): Leaf[] {
  if (node !== null && typeof node === 'object') {
    return Object.entries(node).flatMap(([key, value]) =>
      leaves(value, prefix ? `${prefix}.${key}` : key),
    );
  }
  return [{ path: prefix, value: node }];
}

// Sample arguments for the message functions; every function takes strings or numbers.
function render(value: unknown): unknown {
  if (typeof value !== 'function') return value;
  const fn = value as (...args: unknown[]) => unknown;
  return fn(...Array.from({ length: fn.length }, (_, index) => (index === 0 ? 7 : 3)));
}

describe('i18n dictionaries', () => {
  const english = leaves(dictionaries.en);

  it('has a dictionary for every product language', () => {
    expect(Object.keys(dictionaries).sort()).toEqual([...languages].sort());
  });

  it.each(languages)('%s has exactly the English keys', (language) => {
    expect(leaves(dictionaries[language]).map((leaf) => leaf.path)).toEqual(
      english.map((leaf) => leaf.path),
    );
  });

  it.each(languages)(
    '%s has no empty text and its messages take the same arguments',
    (language) => {
      for (const [index, leaf] of leaves(dictionaries[language]).entries()) {
        const rendered = render(leaf.value);
        expect({ path: leaf.path, type: typeof rendered }).toEqual({
          path: leaf.path,
          type: 'string',
        });
        expect({ path: leaf.path, empty: (rendered as string).trim() === '' }).toEqual({
          path: leaf.path,
          empty: false,
        });
        const englishValue = english[index]?.value;
        if (typeof englishValue === 'function') {
          expect({ path: leaf.path, arity: (leaf.value as () => unknown).length }).toEqual({
            path: leaf.path,
            arity: englishValue.length,
          });
          // A translation that drops a placeholder would show the merchant less than English does.
          expect({ path: leaf.path, shows7: String(rendered).includes('7') }).toEqual({
            path: leaf.path,
            shows7: String(render(englishValue)).includes('7'),
          });
        }
      }
    },
  );

  it('translates the texts users read most, rather than leaving English', () => {
    for (const language of ['pt-BR', 'es'] as const) {
      const t = dictionaries[language];
      expect(t.auth.password).not.toBe(dictionaries.en.auth.password);
      expect(t.auth.logIn).not.toBe(dictionaries.en.auth.logIn);
      expect(t.newStore.name).not.toBe(dictionaries.en.newStore.name);
      expect(t.products.submit).not.toBe(dictionaries.en.products.submit);
    }
  });
});

describe('pickUiLanguage', () => {
  it('prefers the saved choice', () => {
    expect(pickUiLanguage('es', ['pt-BR'])).toBe('es');
  });

  it('ignores a saved value that is not a language', () => {
    expect(pickUiLanguage('klingon', ['pt-BR'])).toBe('pt-BR');
  });

  it('takes the first translated browser language', () => {
    expect(pickUiLanguage(null, ['fr-FR', 'es-MX', 'en'])).toBe('es');
    expect(pickUiLanguage(null, ['en-US'])).toBe('en');
  });

  it('defaults to English', () => {
    expect(pickUiLanguage(null, ['de-DE'])).toBe('en');
    expect(pickUiLanguage(null, [])).toBe('en');
  });
});
