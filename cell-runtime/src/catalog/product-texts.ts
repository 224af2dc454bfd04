import { languages as platformLanguages } from '@mpb/contracts';
import type { ProductRow } from './repository';
import type { TranslationRow } from './translation-repository';

export interface ProductTexts {
  title: string;
  description: string;
  seoTitle: string | null;
  seoDescription: string | null;
}

/**
 * The language a public read translates into: the one asked for when the store offers it and
 * it is not the store's own (whose texts are the product's), otherwise none.
 */
export function contentLanguage(
  requested: string | undefined,
  store: { language: string },
  offered: readonly string[],
): string | null {
  if (!requested || requested === store.language) return null;
  return offered.includes(requested) ? requested : null;
}

/**
 * What shoppers read of a product: its translation's texts when there is one, else its own.
 * An empty translated description shows the product's own (the merchant translated only the
 * title); the SEO fields are the translation's even when empty, so the storefront derives
 * them from the translated title and description instead of showing another language's.
 */
export function productTexts(product: ProductRow, translation?: TranslationRow): ProductTexts {
  if (!translation) {
    return {
      title: product.title,
      description: product.description,
      seoTitle: product.seo_title,
      seoDescription: product.seo_description,
    };
  }
  return {
    title: translation.title,
    description: translation.description_html || product.description,
    seoTitle: translation.seo_title,
    seoDescription: translation.seo_description,
  };
}

/** Translations in platform order (pt-BR, en, es), whatever order they were read in. */
export function inPlatformOrder<T extends { language: string }>(rows: readonly T[]): T[] {
  const rank = (language: string) => {
    const index = (platformLanguages as readonly string[]).indexOf(language);
    return index === -1 ? platformLanguages.length : index;
  };
  return [...rows].sort((a, b) => rank(a.language) - rank(b.language));
}
