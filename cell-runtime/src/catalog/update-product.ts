import type { Product, UpdateProductBody } from '@mpb/contracts';
import { isCheckViolation, isUniqueViolation, withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { recordAudit } from '../audit/record-audit';
import {
  findProduct,
  insertVariants,
  variantsOf,
  type ProductRow,
  type VariantRow,
} from './repository';
import { currentStore } from './store';
import { assertSkusFree, handleTakenError, skuTakenError, toNewVariants } from './variant-input';
import type { MediaUrlOptions } from '../media/views';
import { loadDetails } from './product-details';
import { announceProductChange, applyCategories, productColumns } from './product-input';
import { toProductView } from './views';

type Variants = NonNullable<UpdateProductBody['variants']>;

/**
 * Changes a product's fields and, when `variants` is present, replaces its variant set:
 * variants with an `id` are updated, those without are added, and the rest are removed.
 */
export async function updateProduct(
  db: Knex,
  input: {
    tenantId: string;
    memberId: string;
    productId: string;
    body: UpdateProductBody;
    mediaUrls?: MediaUrlOptions;
  },
): Promise<Product> {
  try {
    return await withTenant(db, input.tenantId, async (trx) => {
      const store = await currentStore(trx);
      const current = await findProduct(trx, input.productId, { forUpdate: true });
      if (!current) throw AppError.notFound('Product');
      const { variants } = input.body;
      const [product] = await trx<ProductRow>('products')
        .where({ id: current.id })
        .update({ ...productColumns(input.body), updated_at: trx.fn.now() as unknown as Date })
        .returning('*');
      if (variants) await replaceVariants(trx, input.tenantId, current.id, variants);
      await applyCategories(trx, input.tenantId, current.id, input.body.categoryIds);
      await recordAudit(trx, {
        tenantId: input.tenantId,
        actorType: 'member',
        actorId: input.memberId,
        action: 'product.updated',
        targetType: 'product',
        targetId: current.id,
        data: { fields: Object.keys(input.body) },
      });
      await announceProductChange(
        trx,
        'ProductUpdated',
        product as ProductRow,
        current.handle === product?.handle ? undefined : current.handle,
      );
      const [details] = await loadDetails(trx, [product as ProductRow], input.mediaUrls);
      return toProductView(details!, store.currency);
    });
  } catch (error) {
    if (isUniqueViolation(error, 'products_handle_key')) throw handleTakenError();
    if (isUniqueViolation(error, 'product_variants_sku_key')) throw skuTakenError();
    if (isCheckViolation(error, 'product_variants_reserved_check')) {
      throw new AppError(
        'INVALID_STATE',
        'Stock cannot go below the units held by checkouts in progress',
        {
          fields: { variants: 'stock is lower than the units reserved by open checkouts' },
        },
      );
    }
    throw error;
  }
}

async function replaceVariants(
  trx: Knex.Transaction,
  tenantId: string,
  productId: string,
  variants: Variants,
): Promise<void> {
  const existing = (await variantsOf(trx, [productId])).get(productId) ?? [];
  const existingIds = new Set(existing.map((variant) => variant.id));
  const unknown: Record<string, string> = {};
  variants.forEach((variant, index) => {
    if (variant.id && !existingIds.has(variant.id))
      unknown[`variants.${index}.id`] = 'is not a variant of this product';
  });
  if (Object.keys(unknown).length > 0) throw AppError.validation(unknown);
  await assertSkusFree(trx, variants, productId);

  const kept = variants.flatMap((variant) => (variant.id ? [variant.id] : []));
  await trx('product_variants').where({ product_id: productId }).whereNotIn('id', kept).delete();
  // Clear kept SKUs first so two variants may swap SKUs without tripping the unique index.
  if (kept.length > 0) await trx('product_variants').whereIn('id', kept).update({ sku: null });
  const rows = toNewVariants(variants);
  for (const row of rows.filter((variant) => existingIds.has(variant.id))) {
    await trx<VariantRow>('product_variants')
      .where({ id: row.id })
      .update({
        sku: row.sku,
        price: row.price,
        stock: row.stock,
        weight_grams: row.weight_grams,
        options: JSON.stringify(row.options) as never,
        position: row.position,
      });
  }
  await insertVariants(
    trx,
    tenantId,
    productId,
    rows.filter((variant) => !existingIds.has(variant.id)),
  );
}
