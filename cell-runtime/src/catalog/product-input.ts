import type { CreateProductBody, UpdateProductBody } from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { recordEvent } from '../events';
import { setProductCategories, type ProductFields, type ProductRow } from './repository';
import { sanitizeDescription } from './sanitize';

/** The product columns a create or update body sets (undefined: leave as is). */
export function productColumns(
  body: CreateProductBody | UpdateProductBody,
): Partial<ProductFields> {
  const columns: Partial<ProductFields> = {};
  if (body.title !== undefined) columns.title = body.title;
  if (body.handle !== undefined) columns.handle = body.handle;
  if (body.description !== undefined) columns.description = sanitizeDescription(body.description);
  if (body.status !== undefined) columns.status = body.status;
  if (body.price !== undefined) columns.price = body.price;
  if (body.compareAtPrice !== undefined) columns.compare_at_price = body.compareAtPrice;
  if (body.tags !== undefined) columns.tags = body.tags;
  if (body.seoTitle !== undefined) columns.seo_title = body.seoTitle;
  if (body.seoDescription !== undefined) columns.seo_description = body.seoDescription;
  if (body.variants !== undefined) columns.option_names = optionNames(body.variants);
  return columns;
}

/** Option axes in the order the merchant wrote them, first variant first. */
export function optionNames(variants: { options: Record<string, string> }[]): string[] {
  const names: string[] = [];
  for (const variant of variants) {
    for (const name of Object.keys(variant.options)) if (!names.includes(name)) names.push(name);
  }
  return names;
}

/** Sets categories, answering 400 naming the ids that are not categories of this store. */
export async function applyCategories(
  trx: Knex.Transaction,
  tenantId: string,
  productId: string,
  categoryIds: string[] | undefined,
): Promise<void> {
  if (categoryIds === undefined) return;
  const unknown = await setProductCategories(trx, tenantId, productId, categoryIds);
  if (unknown.length > 0) {
    throw AppError.validation({ categoryIds: `unknown categories: ${unknown.join(', ')}` });
  }
}

/** Tells the rest of the cell (search, storefront caches) that a product changed. */
export async function announceProductChange(
  trx: Knex.Transaction,
  type: 'ProductCreated' | 'ProductUpdated' | 'ProductDeleted',
  product: Pick<ProductRow, 'id' | 'tenant_id' | 'handle'>,
  /** The handle before a rename: its pages are gone and must not be served from a cache. */
  previousHandle?: string,
): Promise<void> {
  await recordEvent(trx, {
    tenantId: product.tenant_id,
    type,
    aggregateType: 'product',
    aggregateId: product.id,
    payload: { productId: product.id, handle: product.handle, previousHandle },
  });
}
