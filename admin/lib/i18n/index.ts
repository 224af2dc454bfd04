import { languages, type Language } from '@mpb/contracts';
import { languageFromTag } from '../locale-defaults';
import { en, type Messages } from './messages-en';
import { es } from './messages-es';
import { ptBR } from './messages-pt-br';

export type { Messages };
export { languages as uiLanguages };

export const dictionaries: Readonly<Record<Language, Messages>> = { 'pt-BR': ptBR, en, es };

/** Each language named in itself, so a reader can find theirs whatever the current UI language. */
export const languageNames: Readonly<Record<Language, string>> = {
  'pt-BR': 'Português (Brasil)',
  en: 'English',
  es: 'Español',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

const translatedPrimaries = new Set(['pt', 'es', 'en']);

/**
 * The UI language for a browser: the saved choice if any, else the first of the browser's
 * preferred languages (`navigator.languages`) that the admin is translated into, else English.
 */
export function pickUiLanguage(saved: string | null, preferred: readonly string[]): Language {
  if (isLanguage(saved)) return saved;
  const match = preferred.find((tag) =>
    translatedPrimaries.has(tag.toLowerCase().split(/[-_]/)[0] ?? ''),
  );
  return languageFromTag(match);
}
