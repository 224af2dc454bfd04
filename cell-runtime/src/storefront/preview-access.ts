import type { RequestHandler, Response } from 'express';
import { previewTokenHeader } from '@mpb/contracts';
import type { Audience } from '../catalog/store';
import { verifyPreviewToken } from './preview-token';

/** The catalog's usual answer: shared caches may keep it for a few seconds. */
export const PUBLIC_CATALOG_CACHE_CONTROL =
  'public, max-age=0, s-maxage=10, stale-while-revalidate=30';
/** A preview's answer belongs to whoever holds the token: no cache may keep it. */
export const PREVIEW_CACHE_CONTROL = 'private, no-store';

/**
 * Reads the preview token of a public request (`X-Storefront-Preview`). A token signed with
 * `secret`, unexpired and for the Host's store makes the request a preview (`audienceOf`);
 * anything else is ignored, so the request is answered exactly as for any shopper. Mounted
 * after the tenant is resolved.
 */
export function readPreviewAccess(secret: string): RequestHandler {
  return (req, res, next) => {
    const token = req.headers[previewTokenHeader];
    const tenantId = res.locals.tenantId as string | undefined;
    if (typeof token === 'string' && tenantId) {
      const expiresAt = verifyPreviewToken(secret, token, tenantId);
      if (expiresAt) res.locals.previewExpiresAt = expiresAt;
    }
    next();
  };
}

export function audienceOf(res: Response): Audience {
  return res.locals.previewExpiresAt instanceof Date ? 'preview' : 'public';
}

/** When the request's preview token expires; undefined outside a preview. */
export function previewExpiry(res: Response): Date | undefined {
  const expiresAt: unknown = res.locals.previewExpiresAt;
  return expiresAt instanceof Date ? expiresAt : undefined;
}

/** The Cache-Control of a public catalog answer for this request's audience. */
export function catalogCacheControl(res: Response): string {
  return audienceOf(res) === 'preview' ? PREVIEW_CACHE_CONTROL : PUBLIC_CATALOG_CACHE_CONTROL;
}
