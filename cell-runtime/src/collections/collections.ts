import { v7 as uuidv7 } from 'uuid';
import {
  toHandle,
  type Collection,
  type CreateCollectionBody,
  type UpdateCollectionBody,
} from '@mpb/contracts';
import { isUniqueViolation, withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { recordAudit } from '../audit/record-audit';
import { sanitizeDescription } from '../catalog/sanitize';
import {
  collectionProductIds,
  findCollection,
  freeHandleFrom,
  setCollectionProducts,
  usedHandles,
  type CollectionRow,
} from './repository';

const handleTaken = () =>
  new AppError('HANDLE_TAKEN', 'Another collection already uses this handle', {
    fields: { handle: 'is already used' },
  });

export function toCollectionView(row: CollectionRow, productIds: string[]): Collection {
  return {
    id: row.id,
    title: row.title,
    handle: row.handle,
    description: row.description,
    kind: row.kind,
    rules: row.rules,
    productIds: row.kind === 'manual' ? productIds : [],
    sort: row.sort,
    published: row.published,
    seoTitle: row.seo_title,
    seoDescription: row.seo_description,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

async function assertProducts(
  trx: Knex.Transaction,
  tenantId: string,
  collectionId: string,
  productIds: string[],
) {
  const unknown = await setCollectionProducts(trx, tenantId, collectionId, productIds);
  if (unknown.length > 0)
    throw AppError.validation({ productIds: `unknown products: ${unknown.join(', ')}` });
}

export async function createCollection(
  db: Knex,
  input: { tenantId: string; memberId: string; body: CreateCollectionBody },
): Promise<Collection> {
  const { tenantId, body } = input;
  try {
    return await withTenant(db, tenantId, async (trx) => {
      const handle =
        body.handle ??
        freeHandleFrom(
          await usedHandles(trx, 'collections', toHandle(body.title) || 'collection'),
          toHandle(body.title) || 'collection',
        );
      const [row] = await trx<CollectionRow>('collections')
        .insert({
          id: uuidv7(),
          tenant_id: tenantId,
          title: body.title,
          handle,
          description: sanitizeDescription(body.description ?? ''),
          kind: body.kind,
          rules: body.kind === 'rule' ? (JSON.stringify(body.rules) as never) : null,
          sort: body.sort ?? (body.kind === 'manual' ? 'manual' : 'newest'),
          published: body.published ?? true,
          seo_title: body.seoTitle ?? null,
          seo_description: body.seoDescription ?? null,
        })
        .returning('*');
      const collection = row as CollectionRow;
      if (body.kind === 'manual')
        await assertProducts(trx, tenantId, collection.id, body.productIds);
      await recordAudit(trx, {
        tenantId,
        actorType: 'member',
        actorId: input.memberId,
        action: 'collection.created',
        targetType: 'collection',
        targetId: collection.id,
      });
      const products = await collectionProductIds(trx, [collection.id]);
      return toCollectionView(collection, products.get(collection.id) ?? []);
    });
  } catch (error) {
    if (isUniqueViolation(error, 'collections_handle_key')) throw handleTaken();
    throw error;
  }
}

export async function updateCollection(
  db: Knex,
  input: { tenantId: string; memberId: string; collectionId: string; body: UpdateCollectionBody },
): Promise<Collection> {
  const { tenantId, body } = input;
  try {
    return await withTenant(db, tenantId, async (trx) => {
      const current = await findCollection(trx, input.collectionId, true);
      if (!current) throw AppError.notFound('Collection');
      if (body.rules && current.kind !== 'rule')
        throw AppError.validation({ rules: 'only rule collections have rules' });
      if (body.productIds && current.kind !== 'manual') {
        throw AppError.validation({ productIds: 'only manual collections list their products' });
      }
      if (body.sort === 'manual' && current.kind !== 'manual')
        throw AppError.validation({ sort: 'manual order needs a manual collection' });
      const changes: Partial<CollectionRow> = {};
      if (body.title !== undefined) changes.title = body.title;
      if (body.handle !== undefined) changes.handle = body.handle;
      if (body.description !== undefined)
        changes.description = sanitizeDescription(body.description);
      if (body.sort !== undefined) changes.sort = body.sort;
      if (body.published !== undefined) changes.published = body.published;
      if (body.seoTitle !== undefined) changes.seo_title = body.seoTitle;
      if (body.seoDescription !== undefined) changes.seo_description = body.seoDescription;
      if (body.rules !== undefined) changes.rules = JSON.stringify(body.rules) as never;
      const [row] = await trx<CollectionRow>('collections')
        .where({ id: current.id })
        .update({ ...changes, updated_at: trx.fn.now() as unknown as Date })
        .returning('*');
      if (body.productIds) await assertProducts(trx, tenantId, current.id, body.productIds);
      await recordAudit(trx, {
        tenantId,
        actorType: 'member',
        actorId: input.memberId,
        action: 'collection.updated',
        targetType: 'collection',
        targetId: current.id,
        data: { fields: Object.keys(body) },
      });
      const products = await collectionProductIds(trx, [current.id]);
      return toCollectionView(row as CollectionRow, products.get(current.id) ?? []);
    });
  } catch (error) {
    if (isUniqueViolation(error, 'collections_handle_key')) throw handleTaken();
    throw error;
  }
}

export async function deleteCollection(
  db: Knex,
  input: { tenantId: string; memberId: string; collectionId: string },
): Promise<void> {
  await withTenant(db, input.tenantId, async (trx) => {
    const deleted = await trx('collections').where({ id: input.collectionId }).delete();
    if (deleted === 0) throw AppError.notFound('Collection');
    await recordAudit(trx, {
      tenantId: input.tenantId,
      actorType: 'member',
      actorId: input.memberId,
      action: 'collection.deleted',
      targetType: 'collection',
      targetId: input.collectionId,
    });
  });
}

export async function listCollections(
  db: Knex,
  tenantId: string,
  publishedOnly: boolean,
): Promise<Collection[]> {
  return withTenant(db, tenantId, async (trx) => {
    const query = trx<CollectionRow>('collections').orderBy('title');
    if (publishedOnly) void query.where({ published: true });
    const rows = await query;
    const products = await collectionProductIds(
      trx,
      rows.map((row) => row.id),
    );
    return rows.map((row) => toCollectionView(row, products.get(row.id) ?? []));
  });
}

export async function getCollection(
  db: Knex,
  tenantId: string,
  collectionId: string,
): Promise<Collection> {
  return withTenant(db, tenantId, async (trx) => {
    const row = await findCollection(trx, collectionId);
    if (!row) throw AppError.notFound('Collection');
    const products = await collectionProductIds(trx, [row.id]);
    return toCollectionView(row, products.get(row.id) ?? []);
  });
}
