import { z } from 'zod';
import { idParamsSchema } from './common';
import { errorBodySchema } from './errors';
import { defineRoute } from './route';

/** Widths, in pixels, of the WebP renditions made of every image (none wider than the original). */
export const mediaRenditionWidths = [320, 640, 1024, 1600] as const;

const altSchema = z.string().trim().max(500, 'must be at most 500 characters');

export const mediaSizeSchema = z
  .object({ width: z.number().int(), url: z.string() })
  .meta({ id: 'MediaSize' });

/** An image as products show it: `url` is the widest rendition, `srcset` lists them all. */
export const imageSchema = z
  .object({
    id: z.uuid(),
    url: z.string(),
    alt: z.string(),
    width: z.number().int().describe('Width of the original image, after orientation.'),
    height: z.number().int().describe('Height of the original image, after orientation.'),
    srcset: z.string().describe('For the `srcset` attribute of `<img>`: `<url> <width>w, …`.'),
  })
  .meta({ id: 'Image' });
export type ImageView = z.infer<typeof imageSchema>;

export const mediaSchema = z
  .object({
    id: z.uuid(),
    productId: z.uuid(),
    alt: z.string(),
    width: z.number().int().describe('Width of the original image, after orientation.'),
    height: z.number().int().describe('Height of the original image, after orientation.'),
    position: z.number().int(),
    url: z.string().describe('The widest rendition.'),
    srcset: z.string(),
    sizes: z.array(mediaSizeSchema).describe('Every rendition, narrowest first.'),
  })
  .meta({ id: 'Media' });
export type MediaView = z.infer<typeof mediaSchema>;

export const mediaListSchema = z.object({ items: z.array(mediaSchema) });

/** The fields of the multipart upload, other than the file itself. */
export const uploadMediaFieldsSchema = z.object({ alt: altSchema.optional() }).strict();

/** Describes the multipart body for the OpenAPI document; the handler parses it with busboy. */
export const uploadMediaBodySchema = z
  .object({
    file: z.string().meta({
      format: 'binary',
      description: 'One JPEG, PNG, WebP, GIF or AVIF image (the first frame of an animation).',
    }),
    alt: altSchema.optional().describe('Text alternative for screen readers.'),
  })
  .strict()
  .meta({ id: 'UploadMedia' });

export const importMediaBodySchema = z
  .object({
    url: z
      .string()
      .trim()
      .max(2048, 'must be at most 2048 characters')
      .pipe(z.url({ protocol: /^https?$/, error: 'must be an http or https URL' }))
      .describe('A public http(s) URL of the image, on port 80 or 443.'),
    alt: altSchema.optional(),
  })
  .strict()
  .meta({ id: 'ImportMedia' });
export type ImportMediaBody = z.infer<typeof importMediaBodySchema>;

export const updateMediaBodySchema = z
  .object({
    alt: altSchema.optional(),
    position: z
      .number({ error: 'must be a whole number' })
      .int('must be a whole number')
      .min(0, 'must not be negative')
      .max(10_000, 'is too large')
      .optional()
      .describe('Images are listed by ascending position, then by age.'),
  })
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'must change at least one field')
  .meta({ id: 'UpdateMedia' });
export type UpdateMediaBody = z.infer<typeof updateMediaBodySchema>;

/** The object key, slashes included: `t/<tenantId>/m/<mediaId>/<hash>-<width>.webp`. */
export const mediaKeyParamsSchema = z.object({ key: z.string().max(300) });

const unauthenticated = { description: 'No or invalid token', schema: errorBodySchema };
const forbidden = {
  description: 'The member’s role does not allow managing the catalog',
  schema: errorBodySchema,
};
const notFound = {
  description: 'No such product or image in this store, or not a member of this store',
  schema: errorBodySchema,
};
const badInput = { description: 'Invalid input', schema: errorBodySchema };
const tags = ['media-admin'];

export const adminMediaRoutes = {
  upload: defineRoute({
    operationId: 'uploadProductMedia',
    method: 'post',
    path: '/api/v1/admin/products/:id/media',
    summary: 'Upload an image of a product (multipart/form-data, field `file`, optional `alt`)',
    tags,
    auth: 'bearer',
    permission: 'catalog:write',
    params: idParamsSchema,
    body: uploadMediaBodySchema,
    bodyContentType: 'multipart/form-data',
    responses: {
      201: { description: 'Stored, with its renditions', schema: mediaSchema },
      400: {
        description: 'No file, an unreadable image or an unknown field',
        schema: errorBodySchema,
      },
      401: unauthenticated,
      403: forbidden,
      404: notFound,
      413: {
        description: 'The file is larger than the limit (10 MiB by default)',
        schema: errorBodySchema,
      },
      415: { description: 'Not multipart, or not a supported image type', schema: errorBodySchema },
    },
  }),
  import: defineRoute({
    operationId: 'importProductMedia',
    method: 'post',
    path: '/api/v1/admin/products/:id/media/import',
    summary: 'Fetch an image from a public URL and add it to a product',
    tags,
    auth: 'bearer',
    permission: 'catalog:write',
    params: idParamsSchema,
    body: importMediaBodySchema,
    responses: {
      201: { description: 'Stored, with its renditions', schema: mediaSchema },
      400: {
        description:
          'The URL is refused (not public, wrong port, credentials, too many redirects) or does not give a supported image; `fields.url` says why',
        schema: errorBodySchema,
      },
      401: unauthenticated,
      403: forbidden,
      404: notFound,
    },
  }),
  list: defineRoute({
    operationId: 'listProductMedia',
    method: 'get',
    path: '/api/v1/admin/products/:id/media',
    summary: 'The images of a product, by position',
    tags,
    auth: 'bearer',
    permission: 'catalog:read',
    params: idParamsSchema,
    responses: {
      200: { description: 'The images', schema: mediaListSchema },
      400: badInput,
      401: unauthenticated,
      403: forbidden,
      404: notFound,
    },
  }),
  update: defineRoute({
    operationId: 'updateMedia',
    method: 'patch',
    path: '/api/v1/admin/media/:id',
    summary: 'Change the alt text or position of an image',
    tags,
    auth: 'bearer',
    permission: 'catalog:write',
    params: idParamsSchema,
    body: updateMediaBodySchema,
    responses: {
      200: { description: 'The image', schema: mediaSchema },
      400: badInput,
      401: unauthenticated,
      403: forbidden,
      404: notFound,
    },
  }),
  remove: defineRoute({
    operationId: 'deleteMedia',
    method: 'delete',
    path: '/api/v1/admin/media/:id',
    summary: 'Delete an image and its stored renditions',
    tags,
    auth: 'bearer',
    permission: 'catalog:write',
    params: idParamsSchema,
    responses: {
      204: { description: 'Deleted' },
      400: badInput,
      401: unauthenticated,
      403: forbidden,
      404: notFound,
    },
  }),
};

export const publicMediaRoutes = {
  get: defineRoute({
    operationId: 'getMediaRendition',
    method: 'get',
    // Served by Express as `/api/v1/media/*key`: the key spans several path segments.
    path: '/api/v1/media/:key',
    summary:
      'One rendition (image/webp) of the store’s images; immutable, cached for a year, ETag for revalidation',
    tags: ['storefront'],
    auth: 'none',
    params: mediaKeyParamsSchema,
    responses: {
      200: { description: 'The WebP bytes' },
      304: { description: 'Not modified (If-None-Match matched the ETag)' },
      404: { description: 'No such image in this store', schema: errorBodySchema },
    },
  }),
};
