import { z } from 'zod';
import { handleSchema, idParamsSchema, moneySchema, uuidSchema } from './common';
import { errorBodySchema } from './errors';
import { imageSchema } from './media';
import {
  catalogLanguagesSchema,
  contentLanguageQueryField,
  productTranslationParamsSchema,
  productTranslationSchema,
  putProductTranslationBodySchema,
} from './product-translations';
import { defineRoute } from './route';

export const productStatuses = ['draft', 'active', 'archived'] as const;
export const productStatusSchema = z.enum(productStatuses);

const optionNameSchema = z.string().trim().min(1).max(40);
const optionValueSchema = z.string().trim().min(1).max(80);

/** Option axis to value, for example `{ "size": "M", "colour": "blue" }`; at most three axes. */
export const variantOptionsSchema = z
  .record(optionNameSchema, optionValueSchema)
  .refine((options) => Object.keys(options).length <= 3, 'at most 3 option axes');

export const skuSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(64, 'must be at most 64 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._\-/]*$/, 'may contain letters, digits and . _ - /');

export const stockSchema = z
  .number({ error: 'must be a whole number' })
  .int('must be a whole number')
  .min(0, 'must not be negative')
  .max(1_000_000_000, 'is too large');

export const weightSchema = z
  .number({ error: 'must be a whole number of grams' })
  .int('must be a whole number of grams')
  .min(0, 'must not be negative')
  .max(1_000_000, 'is too large');

export const variantInputSchema = z
  .object({
    id: z.uuid().optional().describe('Present to update an existing variant; absent to add one.'),
    sku: skuSchema,
    price: moneySchema.optional().describe('Defaults to the product price.'),
    stock: stockSchema,
    weightGrams: weightSchema.default(0).describe('For weight-based shipping rates.'),
    options: variantOptionsSchema.default({}),
  })
  .strict();

/** Tags are matched case-insensitively: stored trimmed, lower-cased and without repeats. */
export const tagsSchema = z
  .array(
    z
      .string()
      .trim()
      .toLowerCase()
      .min(1, 'must not be empty')
      .max(40, 'must be at most 40 characters'),
  )
  .max(50, 'at most 50 tags')
  .transform((tags) => [...new Set(tags)]);

const seoTitleSchema = z.string().trim().max(70, 'must be at most 70 characters');
const seoDescriptionSchema = z.string().trim().max(320, 'must be at most 320 characters');

const variantsInputSchema = z
  .array(variantInputSchema)
  .min(1, 'must have at least one variant')
  .max(100, 'at most 100 variants')
  .superRefine((variants, ctx) => {
    const seen = new Map<string, number>();
    variants.forEach((variant, index) => {
      const key = variant.sku.toLowerCase();
      if (seen.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'sku'],
          message: 'is repeated in this product',
        });
      }
      seen.set(key, index);
    });
  });

const productFields = {
  title: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
  handle: handleSchema
    .optional()
    .describe('URL path of the product; derived from the title when absent.'),
  description: z
    .string()
    .max(20_000, 'must be at most 20000 characters')
    .optional()
    .describe('Rich text as HTML; sanitised to paragraphs, lists, emphasis, headings and links.'),
  status: productStatusSchema,
  price: moneySchema,
  compareAtPrice: moneySchema
    .nullable()
    .optional()
    .describe('The crossed-out “was” price of a promotion.'),
  tags: tagsSchema.optional(),
  seoTitle: seoTitleSchema.nullable().optional(),
  seoDescription: seoDescriptionSchema.nullable().optional(),
  categoryIds: z.array(z.uuid()).max(20, 'at most 20 categories').optional(),
};

export const createProductBodySchema = z
  .object({
    ...productFields,
    stock: stockSchema
      .optional()
      .describe('Stock of the default variant when no variants are given.'),
    variants: variantsInputSchema.optional(),
  })
  .strict()
  .meta({ id: 'CreateProduct' });
export type CreateProductBody = z.infer<typeof createProductBodySchema>;

export const updateProductBodySchema = z
  .object({
    title: productFields.title.optional(),
    handle: handleSchema.optional(),
    description: productFields.description,
    status: productStatusSchema.optional(),
    price: moneySchema.optional(),
    compareAtPrice: productFields.compareAtPrice,
    tags: productFields.tags,
    seoTitle: productFields.seoTitle,
    seoDescription: productFields.seoDescription,
    categoryIds: productFields.categoryIds,
    variants: variantsInputSchema
      .optional()
      .describe('When present, the full new set: variants left out are removed.'),
  })
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'must change at least one field')
  .meta({ id: 'UpdateProduct' });
export type UpdateProductBody = z.infer<typeof updateProductBodySchema>;

/** Most products one bulk edit may change: one transaction, one screen of the admin's grid. */
export const bulkProductLimit = 200;

export const bulkProductChangeSchema = z
  .object({
    id: uuidSchema,
    price: moneySchema
      .optional()
      .describe('The product’s price; variants with a price of their own keep theirs.'),
    stock: stockSchema
      .optional()
      .describe('Only for a product with a single variant: that variant’s stock.'),
    status: productStatusSchema.optional(),
  })
  .strict()
  .refine(
    (change) =>
      change.price !== undefined || change.stock !== undefined || change.status !== undefined,
    'must change price, stock or status',
  );

export const bulkUpdateProductsBodySchema = z
  .object({
    items: z
      .array(bulkProductChangeSchema)
      .min(1, 'must change at least one product')
      .max(bulkProductLimit, `at most ${bulkProductLimit} products at once`)
      .superRefine((items, ctx) => {
        const seen = new Set<string>();
        items.forEach((item, index) => {
          if (seen.has(item.id)) {
            ctx.addIssue({ code: 'custom', path: [index, 'id'], message: 'is repeated' });
          }
          seen.add(item.id);
        });
      }),
  })
  .strict()
  .meta({ id: 'BulkUpdateProducts' });
export type BulkUpdateProductsBody = z.infer<typeof bulkUpdateProductsBodySchema>;

export const variantSchema = z
  .object({
    id: z.uuid(),
    sku: z.string().nullable(),
    price: z.number().int(),
    stock: z.number().int(),
    reserved: z.number().int().describe('Units held by checkouts in progress.'),
    available: z.number().int().describe('stock − reserved: what can still be sold.'),
    weightGrams: z.number().int(),
    options: z.record(z.string(), z.string()),
  })
  .meta({ id: 'Variant' });

export const productSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    handle: z.string(),
    description: z.string(),
    status: productStatusSchema,
    price: z.number().int(),
    compareAtPrice: z.number().int().nullable(),
    currency: z.string(),
    tags: z.array(z.string()),
    seoTitle: z.string().nullable(),
    seoDescription: z.string().nullable(),
    categoryIds: z.array(z.uuid()),
    images: z.array(imageSchema).describe('In display order; the first is the main image.'),
    stock: z.number().int().describe('Sum of the variants’ stock.'),
    variants: z.array(variantSchema),
    translations: z
      .array(productTranslationSchema)
      .describe('The product in the store’s other languages, in platform order.'),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Product' });
export type Product = z.infer<typeof productSchema>;

export const publicVariantSchema = z
  .object({
    id: z.uuid(),
    price: z.number().int(),
    available: z.boolean(),
    options: z.record(z.string(), z.string()),
  })
  .meta({ id: 'PublicVariant' });

export const optionAxisSchema = z.object({ name: z.string(), values: z.array(z.string()) });

export const publicProductSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    handle: z.string(),
    description: z.string().describe('Sanitised HTML.'),
    price: z.number().int(),
    compareAtPrice: z.number().int().nullable(),
    currency: z.string(),
    tags: z.array(z.string()),
    seoTitle: z.string().nullable(),
    seoDescription: z.string().nullable(),
    available: z.boolean(),
    images: z.array(imageSchema).describe('In display order; the first is the main image.'),
    optionAxes: z
      .array(optionAxisSchema)
      .describe('Option names with their values, in variant order.'),
    variants: z.array(publicVariantSchema),
  })
  .meta({ id: 'PublicProduct' });
export type PublicProduct = z.infer<typeof publicProductSchema>;

export const pageQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(24),
    cursor: z.string().max(200).optional().describe('`nextCursor` of the previous page.'),
  })
  .strict();

export const productSorts = ['newest', 'price_asc', 'price_desc', 'title_asc'] as const;

/** `size:M,L;colour:blue`: axis, colon, values separated by commas; axes by semicolons. */
export const optionFilterSchema = z
  .string()
  .max(400)
  .transform((value, ctx) => {
    const filter: Record<string, string[]> = {};
    for (const part of value.split(';').filter(Boolean)) {
      const [name, values] = part.split(':');
      const list = (values ?? '')
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean);
      if (!name?.trim() || list.length === 0) {
        ctx.addIssue({ code: 'custom', message: 'must look like size:M,L;colour:blue' });
        return z.NEVER;
      }
      filter[name.trim()] = list;
    }
    return filter;
  });

export const publicProductQuerySchema = pageQuerySchema.extend({
  collection: z.string().max(120).optional().describe('Handle of a collection.'),
  category: z.string().max(120).optional().describe('Handle of a category.'),
  tag: z.string().trim().toLowerCase().max(40).optional(),
  minPrice: z.coerce.number().int().min(0).optional(),
  maxPrice: z.coerce.number().int().min(0).optional(),
  options: optionFilterSchema.optional(),
  inStock: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
  sort: z
    .enum([...productSorts, 'manual'])
    .optional()
    .describe(
      'Default: the collection’s own order with `collection`, else newest. `manual` needs a manual collection.',
    ),
  lang: contentLanguageQueryField,
});
export type PublicProductQuery = z.output<typeof publicProductQuerySchema>;

export const adminProductQuerySchema = pageQuerySchema.extend({
  status: productStatusSchema.optional(),
  q: z.string().trim().max(200).optional().describe('Matches the title.'),
});

export const productPageSchema = z.object({
  items: z.array(productSchema),
  nextCursor: z.string().nullable(),
});
export const publicProductPageSchema = z.object({
  items: z.array(publicProductSchema),
  nextCursor: z.string().nullable(),
});

export const handleParamsSchema = z.object({ handle: z.string().max(200) });
// Not strict: this route took no query before, so callers' other parameters are still ignored.
export const publicProductDetailQuerySchema = z.object({ lang: contentLanguageQueryField });

const unauthenticated = { description: 'No or invalid token', schema: errorBodySchema };
const notFound = {
  description: 'No such product in this store, or not a member of this store',
  schema: errorBodySchema,
};
const badInput = { description: 'Invalid input', schema: errorBodySchema };

export const adminProductRoutes = {
  create: defineRoute({
    operationId: 'createProduct',
    method: 'post',
    path: '/api/v1/admin/products',
    summary: 'Create a product (with a default variant when none are given)',
    tags: ['catalog-admin'],
    auth: 'bearer',
    permission: 'catalog:write',
    body: createProductBodySchema,
    responses: {
      201: { description: 'Created', schema: productSchema },
      400: badInput,
      401: unauthenticated,
      404: notFound,
      409: { description: 'Handle or SKU already used in this store', schema: errorBodySchema },
      413: { description: 'Body too large', schema: errorBodySchema },
    },
  }),
  list: defineRoute({
    operationId: 'listProducts',
    method: 'get',
    path: '/api/v1/admin/products',
    summary: 'List the store’s products, newest first',
    tags: ['catalog-admin'],
    auth: 'bearer',
    permission: 'catalog:read',
    query: adminProductQuerySchema,
    responses: {
      200: { description: 'A page of products', schema: productPageSchema },
      400: badInput,
      401: unauthenticated,
      404: notFound,
    },
  }),
  get: defineRoute({
    operationId: 'getProduct',
    method: 'get',
    path: '/api/v1/admin/products/:id',
    summary: 'One product with its variants',
    tags: ['catalog-admin'],
    auth: 'bearer',
    permission: 'catalog:read',
    params: idParamsSchema,
    responses: {
      200: { description: 'The product', schema: productSchema },
      400: badInput,
      401: unauthenticated,
      404: notFound,
    },
  }),
  update: defineRoute({
    operationId: 'updateProduct',
    method: 'patch',
    path: '/api/v1/admin/products/:id',
    summary: 'Change a product; `variants`, when present, replaces the whole set',
    tags: ['catalog-admin'],
    auth: 'bearer',
    permission: 'catalog:write',
    params: idParamsSchema,
    body: updateProductBodySchema,
    responses: {
      200: { description: 'The product', schema: productSchema },
      400: badInput,
      401: unauthenticated,
      404: notFound,
      409: { description: 'Handle or SKU already used in this store', schema: errorBodySchema },
    },
  }),
  bulkUpdate: defineRoute({
    operationId: 'bulkUpdateProducts',
    method: 'patch',
    path: '/api/v1/admin/products/bulk',
    summary: 'Change the price, stock or status of up to 200 products at once: all of them or none',
    tags: ['catalog-admin'],
    auth: 'bearer',
    permission: 'catalog:write',
    body: bulkUpdateProductsBodySchema,
    responses: {
      200: {
        description: 'The products after the change, in the order asked',
        schema: z.object({ items: z.array(productSchema) }).meta({ id: 'BulkUpdatedProducts' }),
      },
      400: {
        description:
          'Invalid input; `fields` names the item and field at fault (`items.3.stock`), for example stock of a product with several variants',
        schema: errorBodySchema,
      },
      401: unauthenticated,
      403: { description: 'The member’s role lacks `catalog:write`', schema: errorBodySchema },
      404: {
        description: 'A product is not in this store (nothing was changed), or not a member',
        schema: errorBodySchema,
      },
      409: {
        description: 'Stock below the units held by checkouts in progress (`INVALID_STATE`)',
        schema: errorBodySchema,
      },
    },
  }),
  remove: defineRoute({
    operationId: 'deleteProduct',
    method: 'delete',
    path: '/api/v1/admin/products/:id',
    summary: 'Delete a product and its variants',
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
  languages: defineRoute({
    operationId: 'getCatalogLanguages',
    method: 'get',
    path: '/api/v1/admin/catalog/languages',
    summary: 'The store’s default language and the others its products can be translated into',
    tags: ['catalog-admin'],
    auth: 'bearer',
    permission: 'catalog:read',
    responses: {
      200: { description: 'The languages', schema: catalogLanguagesSchema },
      401: unauthenticated,
      404: notFound,
    },
  }),
  putTranslation: defineRoute({
    operationId: 'putProductTranslation',
    method: 'put',
    path: '/api/v1/admin/products/:id/translations/:language',
    summary:
      'Set the product’s title, description and SEO fields in another of the store’s languages',
    tags: ['catalog-admin'],
    auth: 'bearer',
    permission: 'catalog:write',
    params: productTranslationParamsSchema,
    body: putProductTranslationBodySchema,
    responses: {
      200: { description: 'The product with its translations', schema: productSchema },
      400: {
        description:
          'Invalid input, or `language` is the store’s default (edit the product itself)',
        schema: errorBodySchema,
      },
      401: unauthenticated,
      404: notFound,
    },
  }),
  deleteTranslation: defineRoute({
    operationId: 'deleteProductTranslation',
    method: 'delete',
    path: '/api/v1/admin/products/:id/translations/:language',
    summary: 'Remove the product’s translation into a language (done already: also 204)',
    tags: ['catalog-admin'],
    auth: 'bearer',
    permission: 'catalog:write',
    params: productTranslationParamsSchema,
    responses: {
      204: { description: 'Removed, or there was none' },
      400: badInput,
      401: unauthenticated,
      404: notFound,
    },
  }),
};

export const publicProductRoutes = {
  list: defineRoute({
    operationId: 'listPublishedProducts',
    method: 'get',
    path: '/api/v1/products',
    summary: 'The published products of the store named by the Host header, filtered and sorted',
    tags: ['storefront'],
    auth: 'none',
    query: publicProductQuerySchema,
    responses: {
      200: { description: 'A page of products', schema: publicProductPageSchema },
      400: badInput,
      404: { description: 'No such store, or the store is not live', schema: errorBodySchema },
    },
  }),
  get: defineRoute({
    operationId: 'getPublishedProduct',
    method: 'get',
    path: '/api/v1/products/:handle',
    summary: 'One published product by handle',
    tags: ['storefront'],
    auth: 'none',
    params: handleParamsSchema,
    query: publicProductDetailQuerySchema,
    responses: {
      200: { description: 'The product', schema: publicProductSchema },
      400: badInput,
      404: {
        description: 'No such product, store, or the store is not live',
        schema: errorBodySchema,
      },
    },
  }),
};
