import { v7 as uuidv7 } from 'uuid';
import { toHandle, type CreateProductBody, type Product } from '@mpb/contracts';
import { isUniqueViolation, withTenant, type Knex } from '@mpb/db';
import { recordAudit } from '../audit/record-audit';
import type { MediaUrlOptions } from '../media/views';
import { loadDetails } from './product-details';
import { announceProductChange, applyCategories, productColumns } from './product-input';
import { handlesLike, insertProduct, insertVariants } from './repository';
import { currentStore } from './store';
import {
  assertSkusFree,
  handleTakenError,
  skuTakenError,
  toNewVariants,
  type VariantDraft,
} from './variant-input';
import { toProductView } from './views';

/** The first of `base`, `base-2`, `base-3`, ... that no product of the store uses. */
export async function freeHandle(trx: Knex.Transaction, base: string): Promise<string> {
  const used = await handlesLike(trx, base);
  if (!used.has(base)) return base;
  for (let suffix = 2; ; suffix++) {
    const candidate = `${base.slice(0, 110)}-${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}

/**
 * Creates a product with its variants. Without variants it gets one default variant carrying
 * the product's price and stock. An explicit handle must be free; a derived one is made free.
 */
export async function createProduct(
  db: Knex,
  input: {
    tenantId: string;
    memberId: string;
    body: CreateProductBody;
    mediaUrls?: MediaUrlOptions;
  },
): Promise<Product> {
  // A derived handle can lose a race with a concurrent create; pick again rather than fail.
  for (let attempt = 1; ; attempt++) {
    try {
      return await insertNewProduct(db, input);
    } catch (error) {
      if (isUniqueViolation(error, 'products_handle_key')) {
        if (!input.body.handle && attempt < 3) continue;
        throw handleTakenError();
      }
      if (isUniqueViolation(error, 'product_variants_sku_key')) throw skuTakenError();
      throw error;
    }
  }
}

async function insertNewProduct(
  db: Knex,
  {
    tenantId,
    memberId,
    body,
    mediaUrls,
  }: { tenantId: string; memberId: string; body: CreateProductBody; mediaUrls?: MediaUrlOptions },
): Promise<Product> {
  return withTenant(db, tenantId, async (trx) => {
    const store = await currentStore(trx);
    const handle = body.handle ?? (await freeHandle(trx, toHandle(body.title) || 'product'));
    if (body.variants) await assertSkusFree(trx, body.variants);
    const columns = productColumns(body);
    const product = await insertProduct(trx, {
      id: uuidv7(),
      tenant_id: tenantId,
      title: body.title,
      handle,
      status: body.status,
      price: body.price,
      description: columns.description ?? '',
      compare_at_price: columns.compare_at_price ?? null,
      tags: columns.tags ?? [],
      option_names: columns.option_names ?? [],
      seo_title: columns.seo_title ?? null,
      seo_description: columns.seo_description ?? null,
    });
    const drafts: VariantDraft[] = body.variants ?? [{ stock: body.stock ?? 0, options: {} }];
    await insertVariants(trx, tenantId, product.id, toNewVariants(drafts));
    await applyCategories(trx, tenantId, product.id, body.categoryIds);
    await recordAudit(trx, {
      tenantId,
      actorType: 'member',
      actorId: memberId,
      action: 'product.created',
      targetType: 'product',
      targetId: product.id,
      data: { title: product.title, handle: product.handle },
    });
    await announceProductChange(trx, 'ProductCreated', product);
    const [details] = await loadDetails(trx, [product], mediaUrls);
    return toProductView(details!, store.currency);
  });
}
