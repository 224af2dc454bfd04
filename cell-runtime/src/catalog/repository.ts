import type { Knex } from '@mpb/db';

export type ProductStatus = 'draft' | 'active' | 'archived';

export interface ProductRow {
  id: string;
  tenant_id: string;
  title: string;
  handle: string;
  description: string;
  status: ProductStatus;
  price: number;
  compare_at_price: number | null;
  tags: string[];
  /** Option axes in the merchant's order (jsonb does not keep the order of object keys). */
  option_names: string[];
  seo_title: string | null;
  seo_description: string | null;
  created_at: Date;
  updated_at: Date;
}

export interface VariantRow {
  id: string;
  tenant_id: string;
  product_id: string;
  sku: string | null;
  price: number | null;
  stock: number;
  reserved: number;
  weight_grams: number;
  options: Record<string, string>;
  position: number;
}

export interface NewVariant {
  id: string;
  sku: string | null;
  price: number | null;
  stock: number;
  weight_grams: number;
  options: Record<string, string>;
  position: number;
}

/** The columns a product is created or updated with. */
export type ProductFields = Pick<
  ProductRow,
  | 'title'
  | 'handle'
  | 'description'
  | 'status'
  | 'price'
  | 'compare_at_price'
  | 'tags'
  | 'option_names'
  | 'seo_title'
  | 'seo_description'
>;

/** All reads and writes below run inside `withTenant`: RLS confines them to one tenant. */

export async function insertProduct(
  trx: Knex.Transaction,
  product: ProductFields & Pick<ProductRow, 'id' | 'tenant_id'>,
): Promise<ProductRow> {
  const [row] = await trx<ProductRow>('products').insert(product).returning('*');
  return row as ProductRow;
}

export async function insertVariants(
  trx: Knex.Transaction,
  tenantId: string,
  productId: string,
  variants: NewVariant[],
): Promise<void> {
  if (variants.length === 0) return;
  await trx('product_variants').insert(
    variants.map((variant) => ({
      ...variant,
      tenant_id: tenantId,
      product_id: productId,
      options: JSON.stringify(variant.options),
    })),
  );
}

export async function findProduct(
  trx: Knex.Transaction,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<ProductRow | undefined> {
  const query = trx<ProductRow>('products').where({ id }).first();
  return options.forUpdate ? query.forUpdate() : query;
}

export async function findProductByHandle(
  trx: Knex.Transaction,
  handle: string,
  status?: ProductStatus,
): Promise<ProductRow | undefined> {
  const query = trx<ProductRow>('products').where({ handle });
  if (status) void query.where({ status });
  return query.first();
}

export async function variantsOf(
  trx: Knex.Transaction,
  productIds: string[],
): Promise<Map<string, VariantRow[]>> {
  const byProduct = new Map<string, VariantRow[]>(productIds.map((id) => [id, []]));
  if (productIds.length === 0) return byProduct;
  const rows = await trx<VariantRow>('product_variants')
    .whereIn('product_id', productIds)
    .orderBy([{ column: 'position' }, { column: 'id' }]);
  for (const row of rows) byProduct.get(row.product_id)?.push(row);
  return byProduct;
}

export interface ListFilter {
  limit: number;
  after?: { createdAt: string; id: string };
  status?: ProductStatus;
  titleContains?: string;
}

/** Newest first, keyset-paginated on (created_at, id). Fetches one extra row to detect a next page. */
export async function listProducts(
  trx: Knex.Transaction,
  filter: ListFilter,
): Promise<ProductRow[]> {
  const query = trx<ProductRow>('products')
    .orderBy([
      { column: 'created_at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])
    .limit(filter.limit + 1);
  if (filter.status) void query.where({ status: filter.status });
  if (filter.titleContains) void query.whereILike('title', `%${escapeLike(filter.titleContains)}%`);
  if (filter.after) {
    void query.whereRaw('(created_at, id) < (?::timestamptz, ?::uuid)', [
      filter.after.createdAt,
      filter.after.id,
    ]);
  }
  return query;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** Handles already used that start with `base`, to pick a free one. */
export async function handlesLike(trx: Knex.Transaction, base: string): Promise<Set<string>> {
  const rows = await trx('products')
    .where('handle', base)
    .orWhereLike('handle', `${escapeLike(base)}-%`)
    .pluck<string[]>('handle');
  return new Set(rows);
}

/** SKUs among `skus` used by variants of other products (or of any product when none given). */
export async function skusInUse(
  trx: Knex.Transaction,
  skus: string[],
  exceptProductId?: string,
): Promise<Set<string>> {
  if (skus.length === 0) return new Set();
  const query = trx('product_variants').whereIn('sku', skus);
  if (exceptProductId) void query.whereNot({ product_id: exceptProductId });
  return new Set(await query.pluck<string[]>('sku'));
}

/** Category ids per product. */
export async function categoriesOf(
  trx: Knex.Transaction,
  productIds: string[],
): Promise<Map<string, string[]>> {
  const byProduct = new Map<string, string[]>(productIds.map((id) => [id, []]));
  if (productIds.length === 0) return byProduct;
  const rows = await trx('product_categories')
    .whereIn('product_id', productIds)
    .orderBy('category_id')
    .select<{ product_id: string; category_id: string }[]>('product_id', 'category_id');
  for (const row of rows) byProduct.get(row.product_id)?.push(row.category_id);
  return byProduct;
}

/** Replaces a product's categories; returns the ids that do not name a category of the store. */
export async function setProductCategories(
  trx: Knex.Transaction,
  tenantId: string,
  productId: string,
  categoryIds: string[],
): Promise<string[]> {
  const unique = [...new Set(categoryIds)];
  const known = new Set(
    unique.length === 0 ? [] : await trx('categories').whereIn('id', unique).pluck<string[]>('id'),
  );
  const unknown = unique.filter((id) => !known.has(id));
  if (unknown.length > 0) return unknown;
  await trx('product_categories').where({ product_id: productId }).delete();
  if (unique.length > 0) {
    await trx('product_categories').insert(
      unique.map((categoryId) => ({
        tenant_id: tenantId,
        product_id: productId,
        category_id: categoryId,
      })),
    );
  }
  return [];
}
