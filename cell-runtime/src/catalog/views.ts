import type { Product, PublicProduct } from '@mpb/contracts';
import type { ProductRow, VariantRow } from './repository';

export function toProductView(
  product: ProductRow,
  variants: VariantRow[],
  currency: string,
): Product {
  return {
    id: product.id,
    title: product.title,
    handle: product.handle,
    description: product.description,
    status: product.status,
    price: product.price,
    currency,
    stock: variants.reduce((sum, variant) => sum + variant.stock, 0),
    variants: variants.map((variant) => ({
      id: variant.id,
      sku: variant.sku,
      price: variant.price ?? product.price,
      stock: variant.stock,
      options: variant.options,
    })),
    createdAt: product.created_at.toISOString(),
    updatedAt: product.updated_at.toISOString(),
  };
}

/** What shoppers see: availability instead of stock counts, no SKUs or internal state. */
export function toPublicProductView(
  product: ProductRow,
  variants: VariantRow[],
  currency: string,
): PublicProduct {
  return {
    id: product.id,
    title: product.title,
    handle: product.handle,
    description: product.description,
    price: product.price,
    currency,
    available: variants.some((variant) => variant.stock > 0),
    variants: variants.map((variant) => ({
      id: variant.id,
      price: variant.price ?? product.price,
      available: variant.stock > 0,
      options: variant.options,
    })),
  };
}
