import type { Page, UpdatePageBody } from '@mpb/contracts';
import { withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { recordAudit } from '../audit/record-audit';
import { sanitizeDescription } from '../catalog/sanitize';
import { announceContentChange } from './announce';
import { pageConflict, toPageView, type PageRow } from './page-rows';

export async function updatePage(
  db: Knex,
  input: { tenantId: string; memberId: string; pageId: string; body: UpdatePageBody },
): Promise<Page> {
  const { tenantId, body } = input;
  const changes: Partial<PageRow> = {};
  if (body.title !== undefined) changes.title = body.title;
  if (body.handle !== undefined) changes.handle = body.handle;
  if (body.body !== undefined) changes.body = sanitizeDescription(body.body);
  if (body.published !== undefined) changes.published = body.published;
  if (body.position !== undefined) changes.position = body.position;
  if (body.seoTitle !== undefined) changes.seo_title = body.seoTitle;
  if (body.seoDescription !== undefined) changes.seo_description = body.seoDescription;
  try {
    return await withTenant(db, tenantId, async (trx) => {
      const before = await trx<PageRow>('store_pages')
        .where({ id: input.pageId })
        .forUpdate()
        .first('published');
      if (!before) throw AppError.notFound('Page');
      const [page] = await trx('store_pages')
        .where({ id: input.pageId })
        .update({ ...changes, updated_at: trx.fn.now() })
        .returning<PageRow[]>('*');
      if (!page) throw AppError.notFound('Page');
      await recordAudit(trx, {
        tenantId,
        actorType: 'member',
        actorId: input.memberId,
        action: 'page.updated',
        targetType: 'page',
        targetId: page.id,
        data: { fields: Object.keys(body) },
      });
      // A draft edited stays invisible: only what shoppers can see needs the storefront told.
      if (before.published || page.published) await announceContentChange(trx, tenantId, 'pages');
      return toPageView(page);
    });
  } catch (error) {
    throw pageConflict(error) ?? error;
  }
}
