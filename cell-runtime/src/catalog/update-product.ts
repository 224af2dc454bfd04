import type { Product, UpdateProductBody } from '@mpb/contracts';
import { isUniqueViolation, withTenant, type Knex } from '@mpb/db';
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
import { toProductView } from './views';

type Variants = NonNullable<UpdateProductBody['variants']>;

/**
 * Changes a product's fields and, when `variants` is present, replaces its variant set:
 * variants with an `id` are updated, those without are added, and the rest are removed.
 */
export async function updateProduct(
  db: Knex,
  input: { tenantId: string; memberId: string; productId: string; body: UpdateProductBody },
): Promise<Product> {
  try {
    return await withTenant(db, input.tenantId, async (trx) => {
      const store = await currentStore(trx);
      const current = await findProduct(trx, input.productId, { forUpdate: true });
      if (!current) throw AppError.notFound('Product');
      const { variants, ...fields } = input.body;
      const [product] = await trx<ProductRow>('products')
        .where({ id: current.id })
        .update({ ...fields, updated_at: trx.fn.now() as unknown as Date })
        .returning('*');
      if (variants) await replaceVariants(trx, input.tenantId, current.id, variants);
      await recordAudit(trx, {
        tenantId: input.tenantId,
        actorType: 'member',
        actorId: input.memberId,
        action: 'product.updated',
        targetType: 'product',
        targetId: current.id,
        data: { fields: Object.keys(input.body) },
      });
      const stored = await variantsOf(trx, [current.id]);
      return toProductView(product as ProductRow, stored.get(current.id) ?? [], store.currency);
    });
  } catch (error) {
    if (isUniqueViolation(error, 'products_handle_key')) throw handleTakenError();
    if (isUniqueViolation(error, 'product_variants_sku_key')) throw skuTakenError();
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
