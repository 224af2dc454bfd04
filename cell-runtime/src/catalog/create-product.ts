import { v7 as uuidv7 } from 'uuid';
import { toHandle, type CreateProductBody, type Product } from '@mpb/contracts';
import { isUniqueViolation, withTenant, type Knex } from '@mpb/db';
import { recordAudit } from '../audit/record-audit';
import { handlesLike, insertProduct, insertVariants, variantsOf } from './repository';
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
async function freeHandle(trx: Knex.Transaction, base: string): Promise<string> {
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
  input: { tenantId: string; memberId: string; body: CreateProductBody },
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
  { tenantId, memberId, body }: { tenantId: string; memberId: string; body: CreateProductBody },
): Promise<Product> {
  return withTenant(db, tenantId, async (trx) => {
    const store = await currentStore(trx);
    const handle = body.handle ?? (await freeHandle(trx, toHandle(body.title) || 'product'));
    if (body.variants) await assertSkusFree(trx, body.variants);
    const product = await insertProduct(trx, {
      id: uuidv7(),
      tenant_id: tenantId,
      title: body.title,
      handle,
      description: body.description ?? '',
      status: body.status,
      price: body.price,
    });
    const drafts: VariantDraft[] = body.variants ?? [{ stock: body.stock ?? 0, options: {} }];
    await insertVariants(trx, tenantId, product.id, toNewVariants(drafts));
    await recordAudit(trx, {
      tenantId,
      actorType: 'member',
      actorId: memberId,
      action: 'product.created',
      targetType: 'product',
      targetId: product.id,
      data: { title: product.title, handle: product.handle },
    });
    const variants = await variantsOf(trx, [product.id]);
    return toProductView(product, variants.get(product.id) ?? [], store.currency);
  });
}
