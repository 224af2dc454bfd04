import { v7 as uuidv7 } from 'uuid';
import { toHandle, type CreatePageBody, type Page } from '@mpb/contracts';
import { withTenant, type Knex } from '@mpb/db';
import { recordAudit } from '../audit/record-audit';
import { sanitizeDescription } from '../catalog/sanitize';
import { announceContentChange } from './announce';
import { pageConflict, toPageView, type PageRow } from './page-rows';
import { proposePages } from './propose-pages';

/** The first of `base`, `base-2`, ... that no page of the store uses. */
async function freePageHandle(trx: Knex.Transaction, base: string): Promise<string> {
  const used = new Set(
    await trx('store_pages')
      .where('handle', base)
      .orWhere('handle', 'like', `${base.replace(/[\\%_]/g, '\\$&')}-%`)
      .pluck<string[]>('handle'),
  );
  if (!used.has(base)) return base;
  for (let suffix = 2; ; suffix++) {
    const candidate = `${base.slice(0, 110)}-${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}

/**
 * Creates a page. Its body is sanitised like a product description; a handle derived from the
 * title is made free, an explicit one must be (409 naming `handle`). A policy, about, contact
 * or FAQ page the store already has is a 409 naming `kind`. The starting pages are proposed
 * first, so that creating a page before ever listing them cannot make them collide later.
 */
export async function createPage(
  db: Knex,
  input: { tenantId: string; memberId: string; body: CreatePageBody },
): Promise<Page> {
  const { tenantId, body } = input;
  try {
    return await withTenant(db, tenantId, async (trx) => {
      await proposePages(trx, tenantId);
      const handle = body.handle ?? (await freePageHandle(trx, toHandle(body.title) || 'page'));
      const [row] = await trx<PageRow>('store_pages')
        .insert({
          id: uuidv7(),
          tenant_id: tenantId,
          kind: body.kind,
          title: body.title,
          handle,
          body: sanitizeDescription(body.body),
          published: body.published,
          position: body.position,
          seo_title: body.seoTitle,
          seo_description: body.seoDescription,
        })
        .returning('*');
      const page = row as PageRow;
      await recordAudit(trx, {
        tenantId,
        actorType: 'member',
        actorId: input.memberId,
        action: 'page.created',
        targetType: 'page',
        targetId: page.id,
        data: { kind: page.kind, handle: page.handle },
      });
      if (page.published) await announceContentChange(trx, tenantId, 'pages');
      return toPageView(page);
    });
  } catch (error) {
    throw pageConflict(error) ?? error;
  }
}
