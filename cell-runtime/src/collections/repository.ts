import type { Collection, CollectionRules } from '@mpb/contracts';
import type { Knex } from '@mpb/db';

export interface CollectionRow {
  id: string;
  tenant_id: string;
  title: string;
  handle: string;
  description: string;
  kind: 'manual' | 'rule';
  rules: CollectionRules | null;
  sort: Collection['sort'];
  published: boolean;
  seo_title: string | null;
  seo_description: string | null;
  created_at: Date;
  updated_at: Date;
}

export interface CategoryRow {
  id: string;
  tenant_id: string;
  parent_id: string | null;
  name: string;
  handle: string;
  position: number;
}

export async function findCollection(
  trx: Knex.Transaction,
  id: string,
  forUpdate = false,
): Promise<CollectionRow | undefined> {
  const query = trx<CollectionRow>('collections').where({ id }).first();
  return forUpdate ? query.forUpdate() : query;
}

export async function findPublishedCollection(
  trx: Knex.Transaction,
  handle: string,
): Promise<CollectionRow | undefined> {
  return trx<CollectionRow>('collections')
    .where({ handle: handle.toLowerCase(), published: true })
    .first();
}

export async function collectionProductIds(
  trx: Knex.Transaction,
  collectionIds: string[],
): Promise<Map<string, string[]>> {
  const byCollection = new Map<string, string[]>(collectionIds.map((id) => [id, []]));
  if (collectionIds.length === 0) return byCollection;
  const rows = await trx('collection_products')
    .whereIn('collection_id', collectionIds)
    .orderBy([{ column: 'position' }, { column: 'product_id' }])
    .select<{ collection_id: string; product_id: string }[]>('collection_id', 'product_id');
  for (const row of rows) byCollection.get(row.collection_id)?.push(row.product_id);
  return byCollection;
}

/** Replaces a manual collection's products; returns ids that are not products of the store. */
export async function setCollectionProducts(
  trx: Knex.Transaction,
  tenantId: string,
  collectionId: string,
  productIds: string[],
): Promise<string[]> {
  const unique = [...new Set(productIds)];
  const known = new Set(
    unique.length === 0 ? [] : await trx('products').whereIn('id', unique).pluck<string[]>('id'),
  );
  const unknown = unique.filter((id) => !known.has(id));
  if (unknown.length > 0) return unknown;
  await trx('collection_products').where({ collection_id: collectionId }).delete();
  if (unique.length > 0) {
    await trx('collection_products').insert(
      unique.map((productId, position) => ({
        tenant_id: tenantId,
        collection_id: collectionId,
        product_id: productId,
        position,
      })),
    );
  }
  return [];
}

/** Handles in use that start with `base`, for a free derived handle. */
export async function usedHandles(
  trx: Knex.Transaction,
  table: 'collections' | 'categories',
  base: string,
): Promise<Set<string>> {
  const escaped = base.replace(/[\\%_]/g, (char) => `\\${char}`);
  return new Set(
    await trx(table)
      .where('handle', base)
      .orWhereLike('handle', `${escaped}-%`)
      .pluck<string[]>('handle'),
  );
}

export function freeHandleFrom(used: Set<string>, base: string): string {
  if (!used.has(base)) return base;
  for (let suffix = 2; ; suffix++) {
    const candidate = `${base.slice(0, 110)}-${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}
