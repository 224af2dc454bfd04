import { languages, type Language } from '@mpb/contracts';

export type { Language };

/** Used when neither the store nor the visitor names a language we translate. */
export const defaultLanguage: Language = 'en';

const en = {
  products: 'Products',
  noProductsTitle: 'No products yet',
  noProductsBody: 'This store has not published any products. Please check back soon.',
  soldOut: 'Sold out',
  inStock: 'In stock',
  loadMore: 'Load more',
  firstPage: 'Back to the first page',
  backToStore: 'Back to store',
  comingSoonTitle: 'Coming soon',
  comingSoonBody: 'We are getting the store ready. Please come back soon.',
  options: 'Options',
  storeNotFoundTitle: 'Store not found',
  storeNotFoundBody: 'There is no store at this address. Please check the link.',
  pageNotFoundTitle: 'Page not found',
  pageNotFoundBody: 'This page does not exist or is no longer available.',
  errorTitle: 'Something went wrong',
  errorBody: 'We could not load this page right now. Please try again in a moment.',
  retry: 'Try again',
};

export type MessageKey = keyof typeof en;
export type Messages = Readonly<Record<MessageKey, string>>;

const ptBR: Messages = {
  products: 'Produtos',
  noProductsTitle: 'Ainda não há produtos',
  noProductsBody: 'Esta loja ainda não publicou produtos. Volte em breve.',
  soldOut: 'Esgotado',
  inStock: 'Em estoque',
  loadMore: 'Carregar mais',
  firstPage: 'Voltar à primeira página',
  backToStore: 'Voltar à loja',
  comingSoonTitle: 'Em breve',
  comingSoonBody: 'Estamos preparando a loja. Volte em breve.',
  options: 'Opções',
  storeNotFoundTitle: 'Loja não encontrada',
  storeNotFoundBody: 'Não há nenhuma loja neste endereço. Confira o link.',
  pageNotFoundTitle: 'Página não encontrada',
  pageNotFoundBody: 'Esta página não existe ou não está mais disponível.',
  errorTitle: 'Algo deu errado',
  errorBody: 'Não foi possível carregar esta página agora. Tente novamente em instantes.',
  retry: 'Tentar novamente',
};

const es: Messages = {
  products: 'Productos',
  noProductsTitle: 'Todavía no hay productos',
  noProductsBody: 'Esta tienda aún no ha publicado productos. Vuelve pronto.',
  soldOut: 'Agotado',
  inStock: 'Disponible',
  loadMore: 'Cargar más',
  firstPage: 'Volver a la primera página',
  backToStore: 'Volver a la tienda',
  comingSoonTitle: 'Próximamente',
  comingSoonBody: 'Estamos preparando la tienda. Vuelve pronto.',
  options: 'Opciones',
  storeNotFoundTitle: 'Tienda no encontrada',
  storeNotFoundBody: 'No hay ninguna tienda en esta dirección. Revisa el enlace.',
  pageNotFoundTitle: 'Página no encontrada',
  pageNotFoundBody: 'Esta página no existe o ya no está disponible.',
  errorTitle: 'Algo salió mal',
  errorBody: 'No pudimos cargar esta página ahora. Inténtalo de nuevo en unos momentos.',
  retry: 'Reintentar',
};

export const dictionaries: Readonly<Record<Language, Messages>> = { 'pt-BR': ptBR, en, es };

export function getMessages(language: Language): Messages {
  return dictionaries[language];
}

/**
 * Maps a BCP 47 tag to a language we translate: an exact match first (any case), then the same
 * primary language, so "pt-PT" reads Brazilian Portuguese and "es-AR" reads Spanish.
 */
export function resolveLanguage(tag: string | null | undefined): Language | undefined {
  const wanted = tag?.trim().toLowerCase();
  if (!wanted) return undefined;
  const exact = languages.find((language) => language.toLowerCase() === wanted);
  if (exact) return exact;
  const primary = wanted.split('-')[0];
  return languages.find((language) => language.toLowerCase().split('-')[0] === primary);
}

/**
 * Picks a language from an Accept-Language header, for pages with no store to take it from (an
 * unknown host, or a cell API that is down).
 */
export function negotiateLanguage(acceptLanguage: string | null | undefined): Language {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.split(';').map((piece) => piece.trim());
      const q = params.find((param) => param.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag, weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.tag !== '' && entry.tag !== '*' && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const entry of ranked) {
    const language = resolveLanguage(entry.tag);
    if (language) return language;
  }
  return defaultLanguage;
}
