import { pipeline } from 'node:stream/promises';
import type { RequestHandler } from 'express';
import { AppError } from '@mpb/http';
import { currentTenantId } from '../tenancy/middleware';
import { IMMUTABLE_CACHE_CONTROL } from './add-product-image';
import type { ObjectStorage } from './object-storage';
import { isRenditionKeyOf } from './storage-keys';

/**
 * Streams one rendition of the Host's store. The key must be a well-formed rendition key under
 * `t/<this tenant>/`, checked before storage is touched: another store's key, a traversal or
 * any other path is the same 404 as a key that does not exist.
 */
export function serveMedia(storage: ObjectStorage): RequestHandler {
  return async (req, res) => {
    const segments = (req.params as { key?: string | string[] }).key ?? [];
    const key = Array.isArray(segments) ? segments.join('/') : segments;
    if (!isRenditionKeyOf(currentTenantId(res), key)) throw AppError.notFound('Image');
    const object = await storage.get(key);
    if (!object) throw AppError.notFound('Image');
    res.setHeader('content-type', object.contentType);
    res.setHeader('cache-control', IMMUTABLE_CACHE_CONTROL);
    res.setHeader('etag', object.etag);
    res.setHeader('x-content-type-options', 'nosniff');
    if (req.fresh) {
      object.body.destroy();
      res.status(304).end();
      return;
    }
    res.setHeader('content-length', String(object.contentLength));
    if (req.method === 'HEAD') {
      object.body.destroy();
      res.end();
      return;
    }
    // Headers are out: a failure now (client gone, storage dropping) can only end the socket.
    await pipeline(object.body, res).catch(() => res.destroy());
  };
}
