import type { Language } from './i18n';

// The chrome around a store's own pages and policies, kept apart from lib/i18n.ts (the
// catalog's) so each can grow on its own; the test holds the three languages to the same keys.

const en = {
  pagesNavigation: 'Pages and policies',
  lastUpdated: 'Last updated on {date}',
  home: 'Home',
  breadcrumb: 'Breadcrumb',
};

export type ContentMessages = typeof en;

export const contentDictionaries: Record<Language, ContentMessages> = {
  en,
  'pt-BR': {
    pagesNavigation: 'Páginas e políticas',
    lastUpdated: 'Atualizado em {date}',
    home: 'Início',
    breadcrumb: 'Trilha de navegação',
  },
  es: {
    pagesNavigation: 'Páginas y políticas',
    lastUpdated: 'Actualizado el {date}',
    home: 'Inicio',
    breadcrumb: 'Ruta de navegación',
  },
};

export function getContentMessages(language: Language): ContentMessages {
  return contentDictionaries[language];
}

/** A page's date in the store's language, as "12 March 2025", "12 de março de 2025". */
export function formatPageDate(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(iso),
  );
}
