import type { Page, PublicPage, PublicPageLink } from '@mpb/contracts';
import { withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { currentStore, isVisibleTo, type Audience } from '../catalog/store';
import { pageOrder, toPageLink, toPageView, toPublicPage, type PageRow } from './page-rows';
import { proposePages } from './propose-pages';

/** Every page of the store, published or not; the first call proposes the starting pages. */
export async function listPages(db: Knex, tenantId: string): Promise<Page[]> {
  return withTenant(db, tenantId, async (trx) => {
    await proposePages(trx, tenantId);
    return (await trx<PageRow>('store_pages').orderBy([...pageOrder])).map(toPageView);
  });
}

export async function getPage(
  db: Knex,
  input: { tenantId: string; pageId: string },
): Promise<Page> {
  return withTenant(db, input.tenantId, async (trx) => {
    const row = await trx<PageRow>('store_pages').where({ id: input.pageId }).first();
    if (!row) throw AppError.notFound('Page');
    return toPageView(row);
  });
}

/**
 * Links to the published pages, for the storefront's navigation; 404 while the store is not
 * open to `audience` (shoppers: until it is live; a valid preview: as soon as it exists).
 */
export async function listPublishedPages(
  db: Knex,
  input: { tenantId: string; audience: Audience },
): Promise<PublicPageLink[]> {
  return withTenant(db, input.tenantId, async (trx) => {
    if (!isVisibleTo(await currentStore(trx), input.audience)) throw AppError.notFound('Store');
    const rows = await trx<PageRow>('store_pages')
      .where({ published: true })
      .orderBy([...pageOrder])
      .select('kind', 'title', 'handle');
    return rows.map(toPageLink);
  });
}

export async function getPublishedPage(
  db: Knex,
  input: { tenantId: string; handle: string; audience: Audience },
): Promise<PublicPage> {
  return withTenant(db, input.tenantId, async (trx) => {
    if (!isVisibleTo(await currentStore(trx), input.audience)) throw AppError.notFound('Store');
    const row = await trx<PageRow>('store_pages')
      .where({ handle: input.handle.toLowerCase(), published: true })
      .first();
    if (!row) throw AppError.notFound('Page');
    return toPublicPage(row);
  });
}
