import { Router, type RequestHandler } from 'express';
import type { z } from 'zod';
import {
  adminMediaRoutes,
  idParamsSchema,
  mediaSchema,
  publicMediaRoutes,
  uploadMediaFieldsSchema,
} from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import { AppError, fieldsFromZodError } from '@mpb/http';
import type { Logger } from '@mpb/observability';
import { currentMember } from '../members/authenticate-member';
import { adminBinder, type Authorize } from '../members/authorize';
import { currentTenantId } from '../tenancy/middleware';
import { addProductImage, assertProductExists } from './add-product-image';
import { deleteMedia } from './delete-media';
import { fetchRemoteImage } from './fetch-remote-image';
import { importRejection, uploadRejection } from './image-errors';
import { listProductMedia } from './list-product-media';
import type { MediaDeps } from './media-deps';
import { readImageUpload } from './read-image-upload';
import { serveMedia } from './serve-media';
import { updateMedia } from './update-media';

export interface MediaRouterDeps {
  db: Knex;
  media: MediaDeps;
  logger: Logger;
  /** Each route's guard, from the permission in its contract. */
  authorize: Authorize;
}

function parseOrRefuse<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw AppError.validation(fieldsFromZodError(result.error, value));
  return result.data;
}

/**
 * The multipart upload. It cannot go through `bindRoute`, which expects JSON, and must be
 * mounted before the JSON body parser, which refuses any other content type; so it resolves
 * the tenant itself (`resolveTenant`) and answers through the contract's 201 schema.
 */
export function mediaUploadRouter(
  deps: MediaRouterDeps & { resolveTenant: RequestHandler },
): Router {
  const router = Router();
  const spec = adminMediaRoutes.upload;
  router.post(spec.path, deps.resolveTenant, deps.authorize(spec), async (req, res) => {
    const { id: productId } = parseOrRefuse(idParamsSchema, req.params);
    const tenantId = currentTenantId(res);
    // A wrong product is refused before the body is read.
    await assertProductExists(deps.db, tenantId, productId);
    const upload = await readImageUpload(req, deps.media.limits.maxBytes);
    const fields = parseOrRefuse(uploadMediaFieldsSchema, upload.fields);
    try {
      const view = await addProductImage(deps.db, deps.media, {
        tenantId,
        memberId: currentMember(res).userId,
        productId,
        image: upload.bytes,
        alt: fields.alt,
        source: 'upload',
      });
      res.status(201).json(mediaSchema.parse(view));
    } catch (error) {
      throw uploadRejection(error);
    }
  });
  return router;
}

/** The JSON admin routes: import by URL, list, change, delete. */
export function adminMediaRouter(deps: MediaRouterDeps): Router {
  const router = Router();
  const bind = adminBinder(router, deps.authorize);
  const { urls } = deps.media;

  bind(adminMediaRoutes.import, async ({ params, body, res }) => {
    const tenantId = currentTenantId(res);
    await assertProductExists(deps.db, tenantId, params.id);
    try {
      const remote = await fetchRemoteImage(body.url, {
        ...deps.media.remote,
        maxBytes: deps.media.limits.maxBytes,
      });
      const view = await addProductImage(deps.db, deps.media, {
        tenantId,
        memberId: currentMember(res).userId,
        productId: params.id,
        image: remote.bytes,
        alt: body.alt,
        source: 'url',
        sourceUrl: body.url,
      });
      return { status: 201, body: view };
    } catch (error) {
      throw importRejection(error);
    }
  });
  bind(adminMediaRoutes.list, async ({ params, res }) => ({
    status: 200,
    body: {
      items: await listProductMedia(deps.db, {
        tenantId: currentTenantId(res),
        productId: params.id,
        urls,
      }),
    },
  }));
  bind(adminMediaRoutes.update, async ({ params, body, res }) => ({
    status: 200,
    body: await updateMedia(deps.db, {
      tenantId: currentTenantId(res),
      memberId: currentMember(res).userId,
      mediaId: params.id,
      body,
      urls,
    }),
  }));
  bind(adminMediaRoutes.remove, async ({ params, res }) => {
    await deleteMedia(deps.db, deps.media.storage, deps.logger, {
      tenantId: currentTenantId(res),
      memberId: currentMember(res).userId,
      mediaId: params.id,
    });
    return { status: 204 };
  });
  return router;
}

/** Renditions for shoppers. Express spells the multi-segment key `*key`; the contract `:key`. */
export function publicMediaRouter(deps: { media: MediaDeps }): Router {
  const router = Router();
  router.get(publicMediaRoutes.get.path.replace(':key', '*key'), serveMedia(deps.media.storage));
  return router;
}
