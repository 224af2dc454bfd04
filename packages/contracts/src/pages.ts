import { z } from 'zod';
import { handleSchema, idParamsSchema } from './common';
import { errorBodySchema } from './errors';
import { defineRoute } from './route';

/**
 * What a store page is. The four policies and about, contact and FAQ exist at most once per
 * store (the storefront links them by kind); `custom` pages are as many as the merchant likes.
 */
export const pageKinds = [
  'refund_policy',
  'privacy_policy',
  'terms_of_service',
  'shipping_policy',
  'about',
  'contact',
  'faq',
  'custom',
] as const;
export type PageKind = (typeof pageKinds)[number];
export const pageKindSchema = z.enum(pageKinds);

export const policyPageKinds: readonly PageKind[] = [
  'refund_policy',
  'privacy_policy',
  'terms_of_service',
  'shipping_policy',
];

const titleSchema = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(120, 'must be at most 120 characters');
const bodySchema = z
  .string()
  .max(50_000, 'must be at most 50000 characters')
  .describe('Rich text as HTML; sanitised like product descriptions.');
const seoTitleSchema = z.string().trim().max(70, 'must be at most 70 characters');
const seoDescriptionSchema = z.string().trim().max(320, 'must be at most 320 characters');

export const createPageBodySchema = z
  .object({
    kind: pageKindSchema.default('custom'),
    title: titleSchema,
    handle: handleSchema
      .optional()
      .describe('URL path under /pages/; derived from the title when absent.'),
    body: bodySchema.default(''),
    published: z.boolean().default(false),
    position: z.number().int().min(0).max(1_000).default(0).describe('Order in the navigation.'),
    seoTitle: seoTitleSchema.nullable().default(null),
    seoDescription: seoDescriptionSchema.nullable().default(null),
  })
  .strict()
  .meta({ id: 'CreatePage' });
export type CreatePageBody = z.output<typeof createPageBodySchema>;

export const updatePageBodySchema = z
  .object({
    title: titleSchema.optional(),
    handle: handleSchema.optional(),
    body: bodySchema.optional(),
    published: z.boolean().optional(),
    position: z.number().int().min(0).max(1_000).optional(),
    seoTitle: seoTitleSchema.nullable().optional(),
    seoDescription: seoDescriptionSchema.nullable().optional(),
  })
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'must change at least one field')
  .meta({ id: 'UpdatePage' });
export type UpdatePageBody = z.output<typeof updatePageBodySchema>;

export const pageSchema = z
  .object({
    id: z.uuid(),
    kind: pageKindSchema,
    title: z.string(),
    handle: z.string(),
    body: z.string().describe('Sanitised HTML.'),
    published: z.boolean(),
    position: z.number().int(),
    seoTitle: z.string().nullable(),
    seoDescription: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Page' });
export type Page = z.infer<typeof pageSchema>;

export const publicPageLinkSchema = z
  .object({ kind: pageKindSchema, title: z.string(), handle: z.string() })
  .meta({ id: 'PageLink' });
export type PublicPageLink = z.infer<typeof publicPageLinkSchema>;

export const publicPageSchema = z
  .object({
    kind: pageKindSchema,
    title: z.string(),
    handle: z.string(),
    body: z.string().describe('Sanitised HTML.'),
    seoTitle: z.string().nullable(),
    seoDescription: z.string().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'PublicPage' });
export type PublicPage = z.infer<typeof publicPageSchema>;

export const pageHandleParamsSchema = z.object({ handle: z.string().max(200) });

const badInput = { description: 'Invalid input', schema: errorBodySchema };
const unauthenticated = { description: 'No or invalid token', schema: errorBodySchema };
const forbidden = {
  description: 'The member’s role lacks the permission',
  schema: errorBodySchema,
};
const notFound = {
  description: 'No such page in this store, or not a member of this store',
  schema: errorBodySchema,
};
const conflict = {
  description: 'The handle is used by another page, or the store already has a page of this kind',
  schema: errorBodySchema,
};

export const adminPageRoutes = {
  list: defineRoute({
    operationId: 'listPages',
    method: 'get',
    path: '/api/v1/admin/pages',
    summary:
      'The store’s pages and policies; the first read proposes unpublished policy, about, contact and FAQ pages in the store’s language',
    tags: ['content-admin'],
    auth: 'bearer',
    permission: 'settings:read',
    responses: {
      200: { description: 'Pages', schema: z.object({ items: z.array(pageSchema) }) },
      401: unauthenticated,
      403: forbidden,
      404: notFound,
    },
  }),
  create: defineRoute({
    operationId: 'createPage',
    method: 'post',
    path: '/api/v1/admin/pages',
    summary: 'Create a page',
    tags: ['content-admin'],
    auth: 'bearer',
    permission: 'settings:write',
    body: createPageBodySchema,
    responses: {
      201: { description: 'Created', schema: pageSchema },
      400: badInput,
      401: unauthenticated,
      403: forbidden,
      404: notFound,
      409: conflict,
    },
  }),
  get: defineRoute({
    operationId: 'getPage',
    method: 'get',
    path: '/api/v1/admin/pages/:id',
    summary: 'One page',
    tags: ['content-admin'],
    auth: 'bearer',
    permission: 'settings:read',
    params: idParamsSchema,
    responses: {
      200: { description: 'The page', schema: pageSchema },
      400: badInput,
      401: unauthenticated,
      403: forbidden,
      404: notFound,
    },
  }),
  update: defineRoute({
    operationId: 'updatePage',
    method: 'patch',
    path: '/api/v1/admin/pages/:id',
    summary: 'Change a page',
    tags: ['content-admin'],
    auth: 'bearer',
    permission: 'settings:write',
    params: idParamsSchema,
    body: updatePageBodySchema,
    responses: {
      200: { description: 'The page', schema: pageSchema },
      400: badInput,
      401: unauthenticated,
      403: forbidden,
      404: notFound,
      409: conflict,
    },
  }),
  remove: defineRoute({
    operationId: 'deletePage',
    method: 'delete',
    path: '/api/v1/admin/pages/:id',
    summary: 'Delete a page',
    tags: ['content-admin'],
    auth: 'bearer',
    permission: 'settings:write',
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

export const publicPageRoutes = {
  list: defineRoute({
    operationId: 'listPublishedPages',
    method: 'get',
    path: '/api/v1/pages',
    summary: 'The store’s published pages, in navigation order',
    tags: ['storefront'],
    auth: 'none',
    responses: {
      200: {
        description: 'Links to the published pages',
        schema: z.object({ items: z.array(publicPageLinkSchema) }),
      },
      404: { description: 'No such store, or the store is not live', schema: errorBodySchema },
    },
  }),
  get: defineRoute({
    operationId: 'getPublishedPage',
    method: 'get',
    path: '/api/v1/pages/:handle',
    summary: 'One published page by handle',
    tags: ['storefront'],
    auth: 'none',
    params: pageHandleParamsSchema,
    responses: {
      200: { description: 'The page', schema: publicPageSchema },
      404: {
        description: 'No such published page or store, or the store is not live',
        schema: errorBodySchema,
      },
    },
  }),
};
