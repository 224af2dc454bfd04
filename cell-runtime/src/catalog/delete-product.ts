import { withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { recordAudit } from '../audit/record-audit';

export async function deleteProduct(
  db: Knex,
  input: { tenantId: string; memberId: string; productId: string },
): Promise<void> {
  await withTenant(db, input.tenantId, async (trx) => {
    const [deleted] = await trx('products')
      .where({ id: input.productId })
      .delete()
      .returning<{ id: string; title: string }[]>(['id', 'title']);
    if (!deleted) throw AppError.notFound('Product');
    await recordAudit(trx, {
      tenantId: input.tenantId,
      actorType: 'member',
      actorId: input.memberId,
      action: 'product.deleted',
      targetType: 'product',
      targetId: deleted.id,
      data: { title: deleted.title },
    });
  });
}
