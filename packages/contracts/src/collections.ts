import { z } from 'zod';
import { handleSchema, idParamsSchema, moneySchema } from './common';
import { errorBodySchema } from './errors';
import { defineRoute } from './route';

const conditionSchema = z.discriminatedUnion('field', [
  z
    .object({
      field: z.literal('tag'),
      operator: z.literal('equals'),
      value: z.string().trim().toLowerCase().min(1).max(40),
    })
    .strict(),
  z
    .object({
      field: z.literal('title'),
      operator: z.literal('contains'),
      value: z.string().trim().min(1).max(100),
    })
    .strict(),
  z
    .object({ field: z.literal('price'), operator: z.enum(['gte', 'lte']), value: moneySchema })
    .strict(),
  z
    .object({ field: z.literal('category'), operator: z.literal('equals'), value: handleSchema })
    .strict(),
]);
export type CollectionCondition = z.infer<typeof conditionSchema>;

/** Which products a rule collection holds: all or any of up to 10 conditions. */
export const collectionRulesSchema = z
  .object({
    match: z.enum(['all', 'any']),
    conditions: z
      .array(conditionSchema)
      .min(1, 'needs at least one condition')
      .max(10, 'at most 10 conditions'),
  })
  .strict()
  .meta({ id: 'CollectionRules' });
export type CollectionRules = z.infer<typeof collectionRulesSchema>;

export const collectionSorts = [
  'manual',
  'newest',
  'price_asc',
  'price_desc',
  'title_asc',
] as const;

const collectionFields = {
  title: z.string().trim().min(1, 'is required').max(120, 'must be at most 120 characters'),
  handle: handleSchema.optional().describe('Derived from the title when absent.'),
  description: z.string().max(5_000).optional(),
  sort: z.enum(collectionSorts).optional(),
  published: z.boolean().optional(),
  seoTitle: z.string().trim().max(70).nullable().optional(),
  seoDescription: z.string().trim().max(320).nullable().optional(),
};

export const createCollectionBodySchema = z
  .discriminatedUnion('kind', [
    z
      .object({
        kind: z.literal('manual'),
        ...collectionFields,
        productIds: z.array(z.uuid()).max(1_000).default([]).describe('In display order.'),
      })
      .strict(),
    z
      .object({ kind: z.literal('rule'), ...collectionFields, rules: collectionRulesSchema })
      .strict(),
  ])
  .meta({ id: 'CreateCollection' });
export type CreateCollectionBody = z.infer<typeof createCollectionBodySchema>;

export const updateCollectionBodySchema = z
  .object({
    ...collectionFields,
    title: collectionFields.title.optional(),
    handle: handleSchema.optional(),
    productIds: z
      .array(z.uuid())
      .max(1_000)
      .optional()
      .describe('Manual collections only: the new list, in order.'),
    rules: collectionRulesSchema.optional().describe('Rule collections only.'),
  })
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'must change at least one field')
  .meta({ id: 'UpdateCollection' });
export type UpdateCollectionBody = z.infer<typeof updateCollectionBodySchema>;

export const collectionSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    handle: z.string(),
    description: z.string(),
    kind: z.enum(['manual', 'rule']),
    rules: collectionRulesSchema.nullable(),
    productIds: z
      .array(z.uuid())
      .describe('Manual collections: the products in order; empty for rule collections.'),
    sort: z.enum(collectionSorts),
    published: z.boolean(),
    seoTitle: z.string().nullable(),
    seoDescription: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Collection' });
export type Collection = z.infer<typeof collectionSchema>;

export const publicCollectionSchema = collectionSchema
  .pick({
    id: true,
    title: true,
    handle: true,
    description: true,
    sort: true,
    seoTitle: true,
    seoDescription: true,
  })
  .meta({ id: 'PublicCollection' });

export const categoryBodySchema = z
  .object({
    name: z.string().trim().min(1, 'is required').max(80),
    handle: handleSchema.optional(),
    parentId: z.uuid().nullable().optional(),
    position: z.number().int().min(0).max(10_000).optional(),
  })
  .strict()
  .meta({ id: 'CategoryInput' });
export const updateCategoryBodySchema = categoryBodySchema
  .partial()
  .refine((body) => Object.keys(body).length > 0, 'must change at least one field');

export const categorySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    handle: z.string(),
    parentId: z.uuid().nullable(),
    position: z.number().int(),
  })
  .meta({ id: 'Category' });

const badInput = { description: 'Invalid input', schema: errorBodySchema };
const unauthenticated = { description: 'No or invalid token', schema: errorBodySchema };
const notFound = {
  description: 'No such collection or category in this store',
  schema: errorBodySchema,
};
const conflict = { description: 'Handle already used in this store', schema: errorBodySchema };

export const adminCollectionRoutes = {
  create: defineRoute({
    operationId: 'createCollection',
    method: 'post',
    path: '/api/v1/admin/collections',
    summary: 'Create a manual or rule-based collection',
    tags: ['catalog-admin'],
    auth: 'bearer',
    permission: 'catalog:write',
    body: createCollectionBodySchema,
    responses: {
      201: { description: 'Created', schema: collectionSchema },
      400: badInput,
      401: unauthenticated,
      404: notFound,
      409: conflict,
    },
  }),
  list: defineRoute({
    operationId: 'listCollections',
    method: 'get',
    path: '/api/v1/admin/collections',
    summary: 'The store’s collections',
    tags: ['catalog-admin'],
    auth: 'bearer',
    permission: 'catalog:read',
    responses: {
      200: { description: 'Collections', schema: z.object({ items: z.array(collectionSchema) }) },
      401: unauthenticated,
      404: notFound,
    },
  }),
  get: defineRoute({
    operationId: 'getCollection',
    method: 'get',
    path: '/api/v1/admin/collections/:id',
    summary: 'One collection',
    tags: ['catalog-admin'],
    auth: 'bearer',
    permission: 'catalog:read',
    params: idParamsSchema,
    responses: {
      200: { description: 'The collection', schema: collectionSchema },
      400: badInput,
      401: unauthenticated,
      404: notFound,
    },
  }),
  update: defineRoute({
    operationId: 'updateCollection',
    method: 'patch',
    path: '/api/v1/admin/collections/:id',
    summary: 'Change a collection',
    tags: ['catalog-admin'],
    auth: 'bearer',
    permission: 'catalog:write',
    params: idParamsSchema,
    body: updateCollectionBodySchema,
    responses: {
      200: { description: 'The collection', schema: collectionSchema },
      400: badInput,
      401: unauthenticated,
      404: notFound,
      409: conflict,
    },
  }),
  remove: defineRoute({
    operationId: 'deleteCollection',
    method: 'delete',
    path: '/api/v1/admin/collections/:id',
    summary: 'Delete a collection (its products stay)',
    tags: ['catalog-admin'],
    auth: 'bearer',
    permission: 'catalog:write',
    params: idParamsSchema,
    responses: {
      204: { description: 'Deleted' },
      400: badInput,
      401: unauthenticated,
      404: notFound,
    },
  }),
};

export const adminCategoryRoutes = {
  create: defineRoute({
    operationId: 'createCategory',
    method: 'post',
    path: '/api/v1/admin/categories',
    summary: 'Create a category',
    tags: ['catalog-admin'],
    auth: 'bearer',
    permission: 'catalog:write',
    body: categoryBodySchema,
    responses: {
      201: { description: 'Created', schema: categorySchema },
      400: badInput,
      401: unauthenticated,
      404: notFound,
      409: conflict,
    },
  }),
  list: defineRoute({
    operationId: 'listCategories',
    method: 'get',
    path: '/api/v1/admin/categories',
    summary: 'The store’s categories',
    tags: ['catalog-admin'],
    auth: 'bearer',
    permission: 'catalog:read',
    responses: {
      200: { description: 'Categories', schema: z.object({ items: z.array(categorySchema) }) },
      401: unauthenticated,
      404: notFound,
    },
  }),
  update: defineRoute({
    operationId: 'updateCategory',
    method: 'patch',
    path: '/api/v1/admin/categories/:id',
    summary: 'Change a category',
    tags: ['catalog-admin'],
    auth: 'bearer',
    permission: 'catalog:write',
    params: idParamsSchema,
    body: updateCategoryBodySchema,
    responses: {
      200: { description: 'The category', schema: categorySchema },
      400: badInput,
      401: unauthenticated,
      404: notFound,
      409: conflict,
    },
  }),
  remove: defineRoute({
    operationId: 'deleteCategory',
    method: 'delete',
    path: '/api/v1/admin/categories/:id',
    summary: 'Delete a category and its subcategories (products stay)',
    tags: ['catalog-admin'],
    auth: 'bearer',
    permission: 'catalog:write',
    params: idParamsSchema,
    responses: {
      204: { description: 'Deleted' },
      400: badInput,
      401: unauthenticated,
      404: notFound,
    },
  }),
};

export const publicCollectionRoutes = {
  list: defineRoute({
    operationId: 'listPublishedCollections',
    method: 'get',
    path: '/api/v1/collections',
    summary: 'The published collections of the store',
    tags: ['storefront'],
    auth: 'none',
    responses: {
      200: {
        description: 'Collections',
        schema: z.object({ items: z.array(publicCollectionSchema) }),
      },
      404: { description: 'No such store, or not live', schema: errorBodySchema },
    },
  }),
  get: defineRoute({
    operationId: 'getPublishedCollection',
    method: 'get',
    path: '/api/v1/collections/:handle',
    summary:
      'One published collection (list its products with /api/v1/products?collection=<handle>)',
    tags: ['storefront'],
    auth: 'none',
    params: z.object({ handle: z.string().max(200) }),
    responses: {
      200: { description: 'The collection', schema: publicCollectionSchema },
      400: badInput,
      404: { description: 'No such collection, store, or not live', schema: errorBodySchema },
    },
  }),
  categories: defineRoute({
    operationId: 'listPublicCategories',
    method: 'get',
    path: '/api/v1/categories',
    summary: 'The store’s categories, for navigation',
    tags: ['storefront'],
    auth: 'none',
    responses: {
      200: { description: 'Categories', schema: z.object({ items: z.array(categorySchema) }) },
      404: { description: 'No such store, or not live', schema: errorBodySchema },
    },
  }),
};
