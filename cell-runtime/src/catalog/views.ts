import type { Language, Product, ProductTranslation, PublicProduct } from '@mpb/contracts';
import { availableUnits, type ProductDetails } from './product-details';
import { inPlatformOrder, productTexts } from './product-texts';
import type { TranslationRow } from './translation-repository';

function toTranslationView(row: TranslationRow): ProductTranslation {
  return {
    // The table's check admits the platform's languages only.
    language: row.language as Language,
    title: row.title,
    description: row.description_html,
    seoTitle: row.seo_title,
    seoDescription: row.seo_description,
    updatedAt: row.updated_at.toISOString(),
  };
}

export function toProductView(
  { product, variants, categoryIds, images, translations }: ProductDetails,
  currency: string,
): Product {
  return {
    id: product.id,
    title: product.title,
    handle: product.handle,
    description: product.description,
    status: product.status,
    price: product.price,
    compareAtPrice: product.compare_at_price,
    currency,
    tags: product.tags,
    seoTitle: product.seo_title,
    seoDescription: product.seo_description,
    categoryIds,
    images,
    stock: variants.reduce((sum, variant) => sum + variant.stock, 0),
    variants: variants.map((variant) => ({
      id: variant.id,
      sku: variant.sku,
      price: variant.price ?? product.price,
      stock: variant.stock,
      reserved: variant.reserved,
      available: availableUnits(variant),
      weightGrams: variant.weight_grams,
      options: variant.options,
    })),
    translations: inPlatformOrder(translations).map(toTranslationView),
    createdAt: product.created_at.toISOString(),
    updatedAt: product.updated_at.toISOString(),
  };
}

/** Option axes in the merchant's order, each with its values in variant order. */
function optionAxes(details: ProductDetails): PublicProduct['optionAxes'] {
  const axes = new Map<string, string[]>(details.product.option_names.map((name) => [name, []]));
  for (const variant of details.variants) {
    for (const [name, value] of Object.entries(variant.options)) {
      const values = axes.get(name) ?? [];
      if (!values.includes(value)) values.push(value);
      axes.set(name, values);
    }
  }
  return [...axes]
    .filter(([, values]) => values.length > 0)
    .map(([name, values]) => ({ name, values }));
}

/**
 * What shoppers see: availability instead of stock counts, no SKUs or internal state, and the
 * texts in `language` when the product has a translation into it (see `contentLanguage`).
 */
export function toPublicProductView(
  details: ProductDetails,
  currency: string,
  language: string | null = null,
): PublicProduct {
  const { product, variants } = details;
  const translation = language
    ? details.translations.find((row) => row.language === language)
    : undefined;
  const texts = productTexts(product, translation);
  return {
    id: product.id,
    title: texts.title,
    handle: product.handle,
    description: texts.description,
    price: product.price,
    compareAtPrice: product.compare_at_price,
    currency,
    tags: product.tags,
    seoTitle: texts.seoTitle,
    seoDescription: texts.seoDescription,
    available: variants.some((variant) => availableUnits(variant) > 0),
    images: details.images,
    optionAxes: optionAxes(details),
    variants: variants.map((variant) => ({
      id: variant.id,
      price: variant.price ?? product.price,
      available: availableUnits(variant) > 0,
      options: variant.options,
    })),
  };
}
