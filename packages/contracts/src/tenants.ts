import { z } from 'zod';
import {
  countrySchema,
  currencySchema,
  idParamsSchema,
  languageSchema,
  nicheSchema,
  slugSchema,
} from './common';
import { errorBodySchema } from './errors';
import { defineRoute } from './route';

export const tenantStatuses = ['provisioning', 'ready', 'failed', 'suspended'] as const;
export const tenantStatusSchema = z.enum(tenantStatuses);
export type TenantStatus = z.infer<typeof tenantStatusSchema>;

/** The steps of the provisionTenant workflow, in order; the admin shows them as progress. */
export const provisioningSteps = [
  'reserve-slug',
  'place-tenant',
  'create-in-cell',
  'publish-route',
  'mark-ready',
] as const;
export type ProvisioningStep = (typeof provisioningSteps)[number];

export const createTenantBodySchema = z
  .object({
    name: z.string().trim().min(1, 'is required').max(80, 'must be at most 80 characters'),
    slug: slugSchema,
    niche: nicheSchema,
    currency: currencySchema,
    language: languageSchema,
    country: countrySchema,
    template: z
      .string()
      .trim()
      .min(1)
      .max(40)
      .default('classic')
      .describe('A template id from `GET /api/v1/templates` (`default` is an alias of `classic`)'),
  })
  .strict()
  .meta({ id: 'CreateTenant' });
export type CreateTenantBody = z.infer<typeof createTenantBodySchema>;

export const tenantSchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: z.string(),
    status: tenantStatusSchema,
    cellId: z.string().nullable(),
    live: z.boolean(),
    niche: z.string(),
    currency: z.string(),
    language: z.string(),
    country: z.string(),
    template: z.string(),
    createdAt: z.string(),
    readyAt: z.string().nullable(),
    urls: z.object({ storefront: z.string(), api: z.string() }),
    provisioning: z.object({
      completedSteps: z.array(z.enum(provisioningSteps)),
      steps: z.array(z.enum(provisioningSteps)),
      error: z.string().nullable(),
    }),
  })
  .meta({ id: 'Tenant' });
export type Tenant = z.infer<typeof tenantSchema>;

export const createTenantResponseSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  status: tenantStatusSchema,
});

export const publishBodySchema = z
  .object({ live: z.boolean().default(true).describe('false takes the store offline again') })
  .strict();

export const slugAvailabilityParamsSchema = z.object({ slug: z.string().max(100) });
export const slugAvailabilitySchema = z.object({
  slug: z.string(),
  available: z.boolean(),
  reason: z.enum(['taken', 'reserved', 'invalid']).nullable(),
});

const notFound = { description: 'No such store among yours', schema: errorBodySchema };
const unauthenticated = { description: 'Not signed in', schema: errorBodySchema };

export const tenantRoutes = {
  create: defineRoute({
    operationId: 'createTenant',
    method: 'post',
    path: '/api/v1/tenants',
    summary: 'Create a store; provisioning continues in the background',
    tags: ['tenants'],
    auth: 'bearer',
    body: createTenantBodySchema,
    responses: {
      202: { description: 'Provisioning started', schema: createTenantResponseSchema },
      400: { description: 'Invalid input', schema: errorBodySchema },
      401: unauthenticated,
      409: { description: 'Slug taken or reserved', schema: errorBodySchema },
      413: { description: 'Body too large', schema: errorBodySchema },
      503: {
        description: 'No capacity for new stores, or provisioning could not be started; retry',
        schema: errorBodySchema,
      },
    },
  }),
  list: defineRoute({
    operationId: 'listTenants',
    method: 'get',
    path: '/api/v1/tenants',
    summary: 'The stores the signed-in user belongs to',
    tags: ['tenants'],
    auth: 'bearer',
    responses: {
      200: { description: 'Stores', schema: z.object({ items: z.array(tenantSchema) }) },
      401: unauthenticated,
    },
  }),
  get: defineRoute({
    operationId: 'getTenant',
    method: 'get',
    path: '/api/v1/tenants/:id',
    summary: 'A store, with its provisioning progress',
    tags: ['tenants'],
    auth: 'bearer',
    params: idParamsSchema,
    responses: {
      200: { description: 'The store', schema: tenantSchema },
      400: { description: 'Invalid id', schema: errorBodySchema },
      401: unauthenticated,
      404: notFound,
    },
  }),
  publish: defineRoute({
    operationId: 'publishTenant',
    method: 'post',
    path: '/api/v1/tenants/:id/publish',
    summary: 'Put the storefront live (or take it offline with `live: false`)',
    tags: ['tenants'],
    auth: 'bearer',
    params: idParamsSchema,
    body: publishBodySchema,
    responses: {
      200: { description: 'The store', schema: tenantSchema },
      400: { description: 'Invalid input', schema: errorBodySchema },
      401: unauthenticated,
      404: notFound,
      409: { description: 'The store is not ready yet', schema: errorBodySchema },
      503: { description: 'The store cell is unavailable; retry', schema: errorBodySchema },
    },
  }),
  slugAvailability: defineRoute({
    operationId: 'getSlugAvailability',
    method: 'get',
    path: '/api/v1/slugs/:slug',
    summary: 'Whether a slug can be used for a new store',
    tags: ['tenants'],
    auth: 'none',
    params: slugAvailabilityParamsSchema,
    responses: { 200: { description: 'Availability', schema: slugAvailabilitySchema } },
  }),
};
