import { withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { recordAudit } from '../audit/record-audit';
import { announceContentChange } from './announce';

export async function deletePage(
  db: Knex,
  input: { tenantId: string; memberId: string; pageId: string },
): Promise<void> {
  await withTenant(db, input.tenantId, async (trx) => {
    const [deleted] = await trx('store_pages')
      .where({ id: input.pageId })
      .delete()
      .returning<{ id: string; kind: string; handle: string; published: boolean }[]>([
        'id',
        'kind',
        'handle',
        'published',
      ]);
    if (!deleted) throw AppError.notFound('Page');
    await recordAudit(trx, {
      tenantId: input.tenantId,
      actorType: 'member',
      actorId: input.memberId,
      action: 'page.deleted',
      targetType: 'page',
      targetId: deleted.id,
      data: { kind: deleted.kind, handle: deleted.handle },
    });
    if (deleted.published) await announceContentChange(trx, input.tenantId, 'pages');
  });
}
