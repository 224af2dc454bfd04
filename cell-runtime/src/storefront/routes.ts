import { Router, type RequestHandler, type Response } from 'express';
import { adminStorefrontRoutes, storefrontRoutes, storefrontThemeSchema } from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import { AppError, bindRoute } from '@mpb/http';
import type { Logger } from '@mpb/observability';
import { readImageUpload, uploadRejection, type MediaDeps, type MediaUrlOptions } from '../media';
import { currentMember } from '../members/authenticate-member';
import { adminBinder, type Authorize } from '../members/authorize';
import { currentTenantId } from '../tenancy/middleware';
import { getStorefrontConfig } from './get-storefront-config';
import { getStorefrontPreview } from './get-storefront-preview';
import { getStorefrontTheme } from './get-storefront-theme';
import { PREVIEW_CACHE_CONTROL, previewExpiry } from './preview-access';
import { signPreviewToken } from './preview-token';
import { removeStorefrontLogo } from './remove-storefront-logo';
import { setStorefrontLogo } from './set-storefront-logo';
import { updateStorefrontTheme } from './update-storefront-theme';

/**
 * Public: the storefront app renders every page from the configuration (and shows "coming soon"
 * when not live). A preview (a valid token in X-Storefront-Preview, checked by
 * `readPreviewAccess`) gets it live or not, with the overrides being tried, and never cached.
 */
export function storefrontRouter(deps: { db: Knex; mediaUrls?: MediaUrlOptions }): Router {
  const router = Router();
  bindRoute(router, storefrontRoutes.config, [], async ({ res }) => ({
    status: 200,
    body: await getStorefrontConfig(deps.db, currentTenantId(res), deps.mediaUrls),
  }));
  bindRoute(router, storefrontRoutes.preview, [], async ({ query, res }) => {
    res.setHeader('cache-control', PREVIEW_CACHE_CONTROL);
    const expiresAt = previewExpiry(res);
    // No token, another store's, an expired or altered one: the same 404 as no store at all.
    if (!expiresAt) throw AppError.notFound('Store');
    return {
      status: 200,
      body: await getStorefrontPreview(deps.db, {
        tenantId: currentTenantId(res),
        expiresAt,
        overrides: query,
        urls: deps.mediaUrls,
      }),
    };
  });
  return router;
}

export interface AdminStorefrontDeps {
  db: Knex;
  media: MediaDeps;
  logger: Logger;
  authorize: Authorize;
  /** STOREFRONT_PREVIEW_SECRET: signs preview tokens. */
  previewSecret: string;
}

/** The theme, the logo's removal and preview tokens, for members with each route's permission. */
export function adminStorefrontRouter(deps: AdminStorefrontDeps): Router {
  const router = Router();
  const bind = adminBinder(router, deps.authorize);
  const { db, media, logger } = deps;
  const actor = (res: Response) => ({
    tenantId: currentTenantId(res),
    memberId: currentMember(res).userId,
  });

  bind(adminStorefrontRoutes.getTheme, async ({ res }) => ({
    status: 200,
    body: await getStorefrontTheme(db, currentTenantId(res), media.urls),
  }));
  bind(adminStorefrontRoutes.updateTheme, async ({ body, res }) => ({
    status: 200,
    body: await updateStorefrontTheme(db, { ...actor(res), body, urls: media.urls }),
  }));
  bind(adminStorefrontRoutes.removeLogo, async ({ res }) => ({
    status: 200,
    body: await removeStorefrontLogo(db, media, logger, actor(res)),
  }));
  bind(adminStorefrontRoutes.createPreviewToken, ({ res }) => {
    // Any member may preview: the token shows the store as shoppers will see it, nothing more.
    const { token, expiresAt } = signPreviewToken(deps.previewSecret, currentTenantId(res));
    return Promise.resolve({
      status: 201,
      body: { token, expiresAt: expiresAt.toISOString() },
      headers: { 'cache-control': 'no-store' },
    });
  });
  return router;
}

/**
 * The multipart logo upload. Like the product image upload it cannot go through `bindRoute`
 * (JSON only) and is mounted before the JSON body parser, so it resolves the tenant itself;
 * the member's permission is checked before the body is read.
 */
export function storefrontLogoUploadRouter(
  deps: Omit<AdminStorefrontDeps, 'previewSecret'> & { resolveTenant: RequestHandler },
): Router {
  const router = Router();
  const spec = adminStorefrontRoutes.uploadLogo;
  router.post(spec.path, deps.resolveTenant, deps.authorize(spec), async (req, res) => {
    const upload = await readImageUpload(req, deps.media.limits.maxBytes);
    // readImageUpload takes an `alt` text along with a product image; a logo has none.
    const [field] = Object.keys(upload.fields);
    if (field) throw AppError.validation({ [field]: 'is not an accepted field' });
    try {
      const theme = await setStorefrontLogo(deps.db, deps.media, deps.logger, {
        tenantId: currentTenantId(res),
        memberId: currentMember(res).userId,
        image: upload.bytes,
      });
      res.status(200).json(storefrontThemeSchema.parse(theme));
    } catch (error) {
      throw uploadRejection(error);
    }
  });
  return router;
}
