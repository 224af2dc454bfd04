import type { Knex } from '@mpb/db';

export interface MediaRow {
  id: string;
  tenant_id: string;
  product_id: string;
  /** `t/<tenantId>/m/<mediaId>/<hash>`; each rendition is `<storage_key>-<width>.webp`. */
  storage_key: string;
  source: 'upload' | 'url';
  source_url: string | null;
  content_type: string;
  width: number;
  height: number;
  bytes: number;
  widths: number[];
  alt: string;
  position: number;
  created_at: Date;
}

/** All reads and writes below run inside `withTenant`: RLS confines them to one tenant. */

/**
 * Whether the product exists in the transaction's tenant; `lock` holds it (FOR KEY SHARE, as the
 * foreign key would) until the transaction ends, so it cannot be deleted under a new image. The
 * one read of the catalog's table: media hang off products by a composite foreign key.
 */
export async function productExists(
  trx: Knex.Transaction,
  productId: string,
  options: { lock?: boolean } = {},
): Promise<boolean> {
  const query = trx('products').where({ id: productId }).first('id');
  return Boolean(await (options.lock ? query.forKeyShare() : query));
}

/** The position after the product's last image. */
export async function nextPosition(trx: Knex.Transaction, productId: string): Promise<number> {
  const row = await trx('media')
    .where({ product_id: productId })
    .max<{ max: number | null }>('position as max')
    .first();
  return row?.max === null || row?.max === undefined ? 0 : row.max + 1;
}

export async function insertMedia(
  trx: Knex.Transaction,
  media: Omit<MediaRow, 'created_at'>,
): Promise<MediaRow> {
  const [row] = await trx<MediaRow>('media').insert(media).returning('*');
  return row as MediaRow;
}

export async function findMedia(
  trx: Knex.Transaction,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<MediaRow | undefined> {
  const query = trx<MediaRow>('media').where({ id }).first();
  return options.forUpdate ? query.forUpdate() : query;
}

export async function updateMediaRow(
  trx: Knex.Transaction,
  id: string,
  changes: Partial<Pick<MediaRow, 'alt' | 'position'>>,
): Promise<MediaRow | undefined> {
  const [row] = await trx<MediaRow>('media').where({ id }).update(changes).returning('*');
  return row;
}

export async function deleteMediaRow(
  trx: Knex.Transaction,
  id: string,
): Promise<MediaRow | undefined> {
  const [row] = await trx<MediaRow>('media').where({ id }).delete().returning('*');
  return row;
}

/** The images of each product, in display order; every id has an entry, empty when none. */
export async function mediaOfProducts(
  trx: Knex.Transaction,
  productIds: string[],
): Promise<Map<string, MediaRow[]>> {
  const byProduct = new Map<string, MediaRow[]>(productIds.map((id) => [id, []]));
  if (productIds.length === 0) return byProduct;
  const rows = await trx<MediaRow>('media')
    .whereIn('product_id', productIds)
    .orderBy([{ column: 'position' }, { column: 'created_at' }, { column: 'id' }]);
  for (const row of rows) byProduct.get(row.product_id)?.push(row);
  return byProduct;
}
