import type { Knex } from '@mpb/db';

/**
 * The import's own reads and writes of products and variants (the catalog context's
 * repository serves its API; an import needs batched lookups and writes instead). Everything
 * runs inside the import's `withTenant` transaction, so RLS confines it to one store.
 */

export interface ExistingVariant {
  id: string;
  sku: string;
  reserved: number;
  handle: string;
}

export interface ExistingProduct {
  id: string;
  handle: string;
  optionNames: string[];
  variantCount: number;
  maxPosition: number;
}

export interface NewProduct {
  id: string;
  tenant_id: string;
  handle: string;
  title: string;
  status: string;
  description: string;
  price: number;
  compare_at_price: number | null;
  tags: string[];
  seo_title: string | null;
  seo_description: string | null;
}

export type ProductChanges = Partial<
  Pick<
    NewProduct,
    | 'title'
    | 'status'
    | 'description'
    | 'price'
    | 'compare_at_price'
    | 'tags'
    | 'seo_title'
    | 'seo_description'
  >
>;

export interface NewVariant {
  id: string;
  tenant_id: string;
  product_id: string;
  sku: string;
  price: number;
  stock: number;
  options: Record<string, string>;
  weight_grams: number;
  position: number;
}

/** `null` keeps the stored value. */
export interface VariantChanges {
  id: string;
  price: number;
  stock: number;
  options: Record<string, string> | null;
  weight_grams: number | null;
}

/** Variants with these SKUs, locked so a checkout cannot reserve past the stock being set. */
export async function variantsBySku(
  trx: Knex.Transaction,
  skus: string[],
): Promise<Map<string, ExistingVariant>> {
  if (skus.length === 0) return new Map();
  const rows = await trx('product_variants as v')
    .join('products as p', 'p.id', 'v.product_id')
    .whereIn('v.sku', skus)
    .forUpdate('v')
    .select<ExistingVariant[]>('v.id', 'v.sku', 'v.reserved', 'p.handle');
  return new Map(rows.map((row) => [row.sku, row]));
}

/** Products with these handles, locked, with how many variants they have. */
export async function productsByHandle(
  trx: Knex.Transaction,
  handles: string[],
): Promise<Map<string, ExistingProduct>> {
  if (handles.length === 0) return new Map();
  const products = await trx('products')
    .whereIn('handle', handles)
    .forUpdate()
    .select<{ id: string; handle: string; option_names: string[] }[]>(
      'id',
      'handle',
      'option_names',
    );
  const counts = await trx('product_variants')
    .whereIn(
      'product_id',
      products.map((product) => product.id),
    )
    .groupBy('product_id')
    .select<{ product_id: string; count: number; max_position: number }[]>(
      'product_id',
      trx.raw('count(*)::int as count'),
      trx.raw('max(position)::int as max_position'),
    );
  const byProduct = new Map(counts.map((row) => [row.product_id, row]));
  return new Map(
    products.map((product) => [
      product.handle,
      {
        id: product.id,
        handle: product.handle,
        optionNames: product.option_names,
        variantCount: byProduct.get(product.id)?.count ?? 0,
        maxPosition: byProduct.get(product.id)?.max_position ?? -1,
      },
    ]),
  );
}

export async function insertProducts(trx: Knex.Transaction, rows: NewProduct[]): Promise<void> {
  if (rows.length > 0) await trx('products').insert(rows);
}

export async function updateProduct(
  trx: Knex.Transaction,
  id: string,
  changes: ProductChanges,
): Promise<void> {
  await trx('products')
    .where({ id })
    .update({ ...changes, updated_at: trx.fn.now() });
}

export async function setOptionNames(
  trx: Knex.Transaction,
  id: string,
  optionNames: string[],
): Promise<void> {
  await trx('products').where({ id }).update({ option_names: optionNames });
}

export async function insertVariants(trx: Knex.Transaction, rows: NewVariant[]): Promise<void> {
  if (rows.length === 0) return;
  await trx('product_variants').insert(
    rows.map((row) => ({ ...row, options: JSON.stringify(row.options) })),
  );
}

/** One statement for the whole batch instead of a round trip per variant. */
export async function updateVariants(trx: Knex.Transaction, rows: VariantChanges[]): Promise<void> {
  if (rows.length === 0) return;
  await trx.raw(
    `update product_variants as v
        set price = d.price,
            stock = d.stock,
            options = coalesce(d.options, v.options),
            weight_grams = coalesce(d.weight_grams, v.weight_grams)
       from jsonb_to_recordset(?::jsonb)
         as d(id uuid, price bigint, stock integer, options jsonb, weight_grams integer)
      where v.id = d.id`,
    [JSON.stringify(rows)],
  );
}
