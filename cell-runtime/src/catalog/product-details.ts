import type { ImageView } from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import { mediaForProducts } from '../media/media-for-products';
import type { MediaUrlOptions } from '../media/views';
import { categoriesOf, variantsOf, type ProductRow, type VariantRow } from './repository';
import { translationsOf, type TranslationRow } from './translation-repository';

/** A product with what its views need, loaded for a whole page of products at once. */
export interface ProductDetails {
  product: ProductRow;
  variants: VariantRow[];
  categoryIds: string[];
  images: ImageView[];
  /** The translations asked for (`loadDetails`' `translations`), by language. */
  translations: TranslationRow[];
}

/**
 * Which translations to load: every language (the merchant's views), one language (a shopper's,
 * already checked against the store's offer), or none.
 */
export type TranslationsWanted = 'all' | 'none' | { language: string };

export async function loadDetails(
  trx: Knex.Transaction,
  products: ProductRow[],
  mediaUrls: MediaUrlOptions = {},
  translations: TranslationsWanted = 'all',
): Promise<ProductDetails[]> {
  const ids = products.map((product) => product.id);
  // One after the other: a transaction's queries share its single connection anyway.
  const variants = await variantsOf(trx, ids);
  const categories = await categoriesOf(trx, ids);
  const images = await mediaForProducts(trx, ids, mediaUrls);
  const texts =
    translations === 'none'
      ? new Map<string, TranslationRow[]>()
      : await translationsOf(trx, ids, translations === 'all' ? undefined : translations.language);
  return products.map((product) => ({
    product,
    variants: variants.get(product.id) ?? [],
    categoryIds: categories.get(product.id) ?? [],
    images: images.get(product.id) ?? [],
    translations: texts.get(product.id) ?? [],
  }));
}

/** Units a shopper can still buy: stock minus what open checkouts hold. */
export const availableUnits = (variant: VariantRow): number => variant.stock - variant.reserved;
