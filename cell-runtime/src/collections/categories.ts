import { v7 as uuidv7 } from 'uuid';
import { toHandle } from '@mpb/contracts';
import type { categoryBodySchema, categorySchema, updateCategoryBodySchema } from '@mpb/contracts';
import type { z } from 'zod';
import { isForeignKeyViolation, isUniqueViolation, withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { recordAudit } from '../audit/record-audit';
import { freeHandleFrom, usedHandles, type CategoryRow } from './repository';

type Category = z.infer<typeof categorySchema>;

const toView = (row: CategoryRow): Category => ({
  id: row.id,
  name: row.name,
  handle: row.handle,
  parentId: row.parent_id,
  position: row.position,
});

function mapErrors(error: unknown): never {
  if (isUniqueViolation(error, 'categories_handle_key')) {
    throw new AppError('HANDLE_TAKEN', 'Another category already uses this handle', {
      fields: { handle: 'is already used' },
    });
  }
  if (isForeignKeyViolation(error))
    throw AppError.validation({ parentId: 'is not a category of this store' });
  throw error;
}

/** Refuses a parent that is the category itself or one of its descendants (no cycles). */
async function assertNoCycle(
  trx: Knex.Transaction,
  categoryId: string,
  parentId: string | null | undefined,
) {
  if (!parentId) return;
  const { rows } = await trx.raw<{ rows: { id: string }[] }>(
    `with recursive up as (select id, parent_id from categories where id = ?
       union all select c.id, c.parent_id from categories c join up on c.id = up.parent_id)
     select id from up`,
    [parentId],
  );
  if (rows.some((row) => row.id === categoryId))
    throw AppError.validation({ parentId: 'would make the category its own ancestor' });
}

export async function createCategory(
  db: Knex,
  input: { tenantId: string; memberId: string; body: z.output<typeof categoryBodySchema> },
): Promise<Category> {
  const { tenantId, body } = input;
  return withTenant(db, tenantId, async (trx) => {
    const base = toHandle(body.name) || 'category';
    const handle = body.handle ?? freeHandleFrom(await usedHandles(trx, 'categories', base), base);
    const [row] = await trx<CategoryRow>('categories')
      .insert({
        id: uuidv7(),
        tenant_id: tenantId,
        name: body.name,
        handle,
        parent_id: body.parentId ?? null,
        position: body.position ?? 0,
      })
      .returning('*');
    await recordAudit(trx, {
      tenantId,
      actorType: 'member',
      actorId: input.memberId,
      action: 'category.created',
      targetType: 'category',
      targetId: (row as CategoryRow).id,
    });
    return toView(row as CategoryRow);
  }).catch(mapErrors);
}

export async function updateCategory(
  db: Knex,
  input: {
    tenantId: string;
    memberId: string;
    categoryId: string;
    body: z.output<typeof updateCategoryBodySchema>;
  },
): Promise<Category> {
  const { tenantId, body } = input;
  return withTenant(db, tenantId, async (trx) => {
    await assertNoCycle(trx, input.categoryId, body.parentId);
    const changes: Partial<CategoryRow> = {};
    if (body.name !== undefined) changes.name = body.name;
    if (body.handle !== undefined) changes.handle = body.handle;
    if (body.parentId !== undefined) changes.parent_id = body.parentId;
    if (body.position !== undefined) changes.position = body.position;
    const [row] = await trx<CategoryRow>('categories')
      .where({ id: input.categoryId })
      .update(changes)
      .returning('*');
    if (!row) throw AppError.notFound('Category');
    await recordAudit(trx, {
      tenantId,
      actorType: 'member',
      actorId: input.memberId,
      action: 'category.updated',
      targetType: 'category',
      targetId: row.id,
    });
    return toView(row);
  }).catch(mapErrors);
}

export async function deleteCategory(
  db: Knex,
  input: { tenantId: string; memberId: string; categoryId: string },
): Promise<void> {
  await withTenant(db, input.tenantId, async (trx) => {
    const deleted = await trx('categories').where({ id: input.categoryId }).delete();
    if (deleted === 0) throw AppError.notFound('Category');
    await recordAudit(trx, {
      tenantId: input.tenantId,
      actorType: 'member',
      actorId: input.memberId,
      action: 'category.deleted',
      targetType: 'category',
      targetId: input.categoryId,
    });
  });
}

export async function listCategories(db: Knex, tenantId: string): Promise<Category[]> {
  return withTenant(db, tenantId, async (trx) =>
    (await trx<CategoryRow>('categories').orderBy(['position', 'name'])).map(toView),
  );
}
