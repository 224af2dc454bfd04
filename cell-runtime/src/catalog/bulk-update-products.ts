import type { BulkUpdateProductsBody, Product } from '@mpb/contracts';
import { withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { recordAudit } from '../audit/record-audit';
import type { MediaUrlOptions } from '../media/views';
import { loadDetails } from './product-details';
import { announceProductChange } from './product-input';
import { variantsOf, type ProductRow, type VariantRow } from './repository';
import { currentStore } from './store';
import { toProductView } from './views';

type Change = BulkUpdateProductsBody['items'][number];

/**
 * Changes the price, stock or status of many products in one transaction: either every change
 * is made or none is. A product outside the store is a 404 like a missing one. Each product
 * changed is audited and announced (ProductUpdated) exactly as a single update is.
 */
export async function bulkUpdateProducts(
  db: Knex,
  input: {
    tenantId: string;
    memberId: string;
    body: BulkUpdateProductsBody;
    mediaUrls?: MediaUrlOptions;
  },
): Promise<{ items: Product[] }> {
  const changes = input.body.items;
  return withTenant(db, input.tenantId, async (trx) => {
    const store = await currentStore(trx);
    const ids = changes.map((change) => change.id);
    // Locked in id order, as every bulk edit locks them, so two of them cannot deadlock.
    const rows = await trx<ProductRow>('products')
      .whereIn('id', ids)
      .orderBy('id')
      .forUpdate()
      .select('*');
    if (rows.length !== new Set(ids).size) throw AppError.notFound('Product');
    const variants = await variantsOf(trx, ids);
    assertStockChangesFit(changes, variants);

    const updated = new Map<string, ProductRow>();
    for (const change of changes) {
      updated.set(change.id, await applyChange(trx, change, variants.get(change.id) ?? []));
      await recordAudit(trx, {
        tenantId: input.tenantId,
        actorType: 'member',
        actorId: input.memberId,
        action: 'product.updated',
        targetType: 'product',
        targetId: change.id,
        data: { fields: changedFields(change), bulk: true },
      });
    }
    const products = ids.map((id) => updated.get(id) as ProductRow);
    for (const product of products) await announceProductChange(trx, 'ProductUpdated', product);
    const details = await loadDetails(trx, products, input.mediaUrls);
    return { items: details.map((detail) => toProductView(detail, store.currency)) };
  });
}

/** Stock is set on a product's only variant: with several, which one is meant is unknown. */
function assertStockChangesFit(changes: Change[], variants: Map<string, VariantRow[]>): void {
  const invalid: Record<string, string> = {};
  const held: Record<string, string> = {};
  changes.forEach((change, index) => {
    if (change.stock === undefined) return;
    const own = variants.get(change.id) ?? [];
    const only = own[0];
    if (own.length !== 1 || !only) {
      invalid[`items.${index}.stock`] =
        `this product has ${own.length} variants: change their stock on the product`;
    } else if (change.stock < only.reserved) {
      held[`items.${index}.stock`] =
        `must be at least ${only.reserved}, the units held by open checkouts`;
    }
  });
  if (Object.keys(invalid).length > 0) throw AppError.validation(invalid);
  if (Object.keys(held).length > 0) {
    throw new AppError(
      'INVALID_STATE',
      'Stock cannot go below the units held by checkouts in progress',
      { fields: held },
    );
  }
}

async function applyChange(
  trx: Knex.Transaction,
  change: Change,
  variants: VariantRow[],
): Promise<ProductRow> {
  const columns: Partial<Pick<ProductRow, 'price' | 'status'>> = {};
  if (change.price !== undefined) columns.price = change.price;
  if (change.status !== undefined) columns.status = change.status;
  const [product] = await trx<ProductRow>('products')
    .where({ id: change.id })
    .update({ ...columns, updated_at: trx.fn.now() as unknown as Date })
    .returning('*');
  const only = variants[0];
  if (change.stock !== undefined && only) {
    await trx('product_variants').where({ id: only.id }).update({ stock: change.stock });
  }
  return product as ProductRow;
}

function changedFields(change: Change): string[] {
  return (['price', 'stock', 'status'] as const).filter((field) => change[field] !== undefined);
}
