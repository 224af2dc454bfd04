import { Router, type Response } from 'express';
import { adminPageRoutes, publicPageRoutes, siteSettingsRoutes } from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import { bindRoute } from '@mpb/http';
import { adminBinder, currentMember, type Authorize } from '../members';
import { audienceOf, catalogCacheControl } from '../storefront/preview-access';
import { currentTenantId } from '../tenancy/middleware';
import { createPage } from './create-page';
import { deletePage } from './delete-page';
import { getPage, getPublishedPage, listPages, listPublishedPages } from './read-pages';
import { getPublicSiteSettings, getSiteSettings, updateSiteSettings } from './site-settings';
import { updatePage } from './update-page';

const actor = (res: Response) => ({
  tenantId: currentTenantId(res),
  memberId: currentMember(res).userId,
});

/** Pages, policies and the storefront's SEO and analytics settings, for the store's staff. */
export function adminContentRouter(deps: { db: Knex; authorize: Authorize }): Router {
  const router = Router();
  const bind = adminBinder(router, deps.authorize);
  const { db } = deps;

  bind(adminPageRoutes.list, async ({ res }) => ({
    status: 200,
    body: { items: await listPages(db, currentTenantId(res)) },
  }));
  bind(adminPageRoutes.create, async ({ body, res }) => ({
    status: 201,
    body: await createPage(db, { ...actor(res), body }),
  }));
  bind(adminPageRoutes.get, async ({ params, res }) => ({
    status: 200,
    body: await getPage(db, { tenantId: currentTenantId(res), pageId: params.id }),
  }));
  bind(adminPageRoutes.update, async ({ params, body, res }) => ({
    status: 200,
    body: await updatePage(db, { ...actor(res), pageId: params.id, body }),
  }));
  bind(adminPageRoutes.remove, async ({ params, res }) => {
    await deletePage(db, { ...actor(res), pageId: params.id });
    return { status: 204 };
  });

  bind(siteSettingsRoutes.get, async ({ res }) => ({
    status: 200,
    body: await getSiteSettings(db, currentTenantId(res)),
  }));
  bind(siteSettingsRoutes.update, async ({ body, res }) => ({
    status: 200,
    body: await updateSiteSettings(db, { ...actor(res), body }),
  }));
  return router;
}

/** Public: the storefront's navigation, its pages, and its SEO defaults and analytics ids. */
export function publicContentRouter(deps: { db: Knex }): Router {
  const router = Router();
  const { db } = deps;
  // Pages show in a store's preview as its products do, and are cached like them.
  bindRoute(router, publicPageRoutes.list, [], async ({ res }) => ({
    status: 200,
    headers: { 'cache-control': catalogCacheControl(res) },
    body: {
      items: await listPublishedPages(db, {
        tenantId: currentTenantId(res),
        audience: audienceOf(res),
      }),
    },
  }));
  bindRoute(router, publicPageRoutes.get, [], async ({ params, res }) => ({
    status: 200,
    headers: { 'cache-control': catalogCacheControl(res) },
    body: await getPublishedPage(db, {
      tenantId: currentTenantId(res),
      handle: params.handle,
      audience: audienceOf(res),
    }),
  }));
  bindRoute(router, siteSettingsRoutes.public, [], async ({ res }) => ({
    status: 200,
    body: await getPublicSiteSettings(db, currentTenantId(res)),
  }));
  return router;
}
