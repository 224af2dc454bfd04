import { z } from 'zod';
import { publicProductSchema } from './catalog';
import { optionFilterSchema } from './catalog';
import { errorBodySchema } from './errors';
import { defineRoute } from './route';

export const searchQuerySchema = z
  .object({
    q: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
    tag: z.string().trim().toLowerCase().max(40).optional(),
    minPrice: z.coerce.number().int().min(0).optional(),
    maxPrice: z.coerce.number().int().min(0).optional(),
    options: optionFilterSchema.optional(),
    inStock: z
      .enum(['true', 'false'])
      .transform((value) => value === 'true')
      .optional(),
    limit: z.coerce.number().int().min(1).max(50).default(24),
    cursor: z.string().max(100).optional().describe('`nextCursor` of the previous page.'),
  })
  .strict();
export type SearchQuery = z.output<typeof searchQuerySchema>;

const countSchema = z.object({ value: z.string(), count: z.number().int() });

export const searchFacetsSchema = z
  .object({
    tags: z.array(countSchema),
    options: z.array(z.object({ name: z.string(), values: z.array(countSchema) })),
    price: z.object({ min: z.number().int().nullable(), max: z.number().int().nullable() }),
    availability: z.object({ inStock: z.number().int(), outOfStock: z.number().int() }),
  })
  .meta({ id: 'SearchFacets' });

export const searchResultSchema = z
  .object({
    items: z.array(publicProductSchema),
    total: z.number().int().describe('Matches for the query and filters.'),
    facets: searchFacetsSchema.describe(
      'Counts over the query’s matches with the filters applied.',
    ),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'SearchResult' });

export const searchRoutes = {
  search: defineRoute({
    operationId: 'searchProducts',
    method: 'get',
    path: '/api/v1/search',
    summary:
      'Full-text search of the store’s products, in its language, with prefix matching and facets',
    tags: ['storefront'],
    auth: 'none',
    query: searchQuerySchema,
    responses: {
      200: { description: 'Matches, best first', schema: searchResultSchema },
      400: { description: 'Invalid input', schema: errorBodySchema },
      404: { description: 'No such store, or not live', schema: errorBodySchema },
    },
  }),
};
