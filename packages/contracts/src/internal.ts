import { z } from 'zod';
import { cellIdSchema, registerCellBodySchema, cellSchema } from './cells';
import {
  countrySchema,
  currencySchema,
  emailSchema,
  languageSchema,
  nicheSchema,
  slugSchema,
  uuidSchema,
} from './common';
import { errorBodySchema } from './errors';
import { defineRoute } from './route';

/**
 * Routes between platform services. They are never exposed by the global router and require
 * the shared internal token (`Authorization: Bearer <INTERNAL_API_TOKEN>`).
 */

export const hostnameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .regex(
    /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/,
    'must be a hostname',
  );

export const cellTenantBodySchema = z
  .object({
    slug: slugSchema,
    name: z.string().min(1).max(80),
    niche: nicheSchema,
    currency: currencySchema,
    language: languageSchema,
    country: countrySchema,
    template: z.string().min(1).max(40),
    hosts: z.array(hostnameSchema).min(1).max(20),
    owner: z.object({ userId: uuidSchema, email: emailSchema }).strict(),
    /** Brand colours chosen in the wizard; absent keeps the niche's defaults. */
    theme: z
      .object({
        primaryColor: z.string().regex(/^#[0-9a-f]{6}$/i),
        accentColor: z.string().regex(/^#[0-9a-f]{6}$/i),
      })
      .partial()
      .strict()
      .optional(),
    /**
     * For a tenant the cell already has: also set the template, and the colours in `theme`, the
     * merchant just chose. Without them a re-sync (a rename, say) leaves the look as the store's
     * admin last set it.
     */
    applyTemplate: z.boolean().optional(),
    applyColours: z.boolean().optional(),
  })
  .strict();
export type CellTenantBody = z.infer<typeof cellTenantBodySchema>;

export const cellTenantResponseSchema = z.object({
  tenantId: z.uuid(),
  created: z.boolean().describe('false when the tenant already existed (a retried request)'),
});

export const cellTenantLiveBodySchema = z.object({ live: z.boolean() }).strict();

export const tenantIdParamsSchema = z.object({ tenantId: uuidSchema });

export const routeSchema = z
  .object({
    host: z.string(),
    tenantId: z.uuid(),
    cellId: z.string(),
    suspended: z
      .boolean()
      .optional()
      .describe('The store is suspended by an operator: the router answers an unavailable page'),
  })
  .meta({ id: 'Route' });
export type Route = z.infer<typeof routeSchema>;

export const cellEndpointSchema = z.object({
  id: z.string(),
  apiUrl: z.string(),
  storefrontUrl: z.string(),
  status: z.string(),
});
export type CellEndpoint = z.infer<typeof cellEndpointSchema>;

const unauthorized = { description: 'Missing or wrong internal token', schema: errorBodySchema };

export const cellInternalRoutes = {
  upsertTenant: defineRoute({
    operationId: 'internalUpsertTenant',
    method: 'put',
    path: '/internal/v1/tenants/:tenantId',
    summary: 'Create a tenant with its defaults and owner in this cell; idempotent',
    tags: ['internal'],
    auth: 'internal',
    params: tenantIdParamsSchema,
    body: cellTenantBodySchema,
    responses: {
      200: { description: 'Created or already present', schema: cellTenantResponseSchema },
      400: { description: 'Invalid input', schema: errorBodySchema },
      401: unauthorized,
    },
  }),
  removeTenant: defineRoute({
    operationId: 'internalRemoveTenant',
    method: 'delete',
    path: '/internal/v1/tenants/:tenantId',
    summary:
      'Remove a tenant and all its rows from this cell (provisioning compensation); idempotent',
    tags: ['internal'],
    auth: 'internal',
    params: tenantIdParamsSchema,
    responses: {
      204: { description: 'Removed, or was not there' },
      400: { description: 'Invalid tenant id', schema: errorBodySchema },
      401: unauthorized,
    },
  }),
  applyStripeEvent: defineRoute({
    operationId: 'internalApplyStripeEvent',
    method: 'post',
    path: '/internal/v1/tenants/:tenantId/stripe-events',
    summary:
      'Apply a Stripe event the control plane verified and routed to this tenant; idempotent',
    tags: ['internal'],
    auth: 'internal',
    params: tenantIdParamsSchema,
    body: z
      .object({
        event: z
          .object({
            id: z.string(),
            type: z.string(),
            created: z.number(),
            data: z.object({ object: z.record(z.string(), z.unknown()) }),
          })
          .passthrough(),
      })
      .strict(),
    responses: {
      200: {
        description: 'Applied, or already applied',
        schema: z.object({ outcome: z.enum(['processed', 'duplicate', 'ignored']) }),
      },
      400: { description: 'Invalid input', schema: errorBodySchema },
      401: unauthorized,
      404: { description: 'No such tenant in this cell', schema: errorBodySchema },
    },
  }),
  setPaymentAccount: defineRoute({
    operationId: 'internalSetPaymentAccount',
    method: 'put',
    path: '/internal/v1/tenants/:tenantId/payment-account',
    summary: 'The tenant’s connected Stripe account and whether it can take charges; idempotent',
    tags: ['internal'],
    auth: 'internal',
    params: tenantIdParamsSchema,
    body: z
      .object({ accountId: z.string().regex(/^acct_[A-Za-z0-9]+$/), chargesEnabled: z.boolean() })
      .strict(),
    responses: {
      204: { description: 'Recorded' },
      400: { description: 'Invalid input', schema: errorBodySchema },
      401: unauthorized,
      404: { description: 'No such tenant in this cell', schema: errorBodySchema },
    },
  }),
  setLive: defineRoute({
    operationId: 'internalSetTenantLive',
    method: 'put',
    path: '/internal/v1/tenants/:tenantId/live',
    summary: 'Publish or unpublish a tenant’s storefront; idempotent',
    tags: ['internal'],
    auth: 'internal',
    params: tenantIdParamsSchema,
    body: cellTenantLiveBodySchema,
    responses: {
      200: { description: 'Done', schema: z.object({ tenantId: z.uuid(), live: z.boolean() }) },
      401: unauthorized,
      404: { description: 'No such tenant in this cell', schema: errorBodySchema },
    },
  }),
};

export const controlPlaneInternalRoutes = {
  resolveRoute: defineRoute({
    operationId: 'internalResolveRoute',
    method: 'get',
    path: '/internal/v1/routes/:host',
    summary: 'The tenant and cell serving a host, for the global router’s cache misses',
    tags: ['internal'],
    auth: 'internal',
    params: z.object({ host: z.string().max(253) }),
    responses: {
      200: { description: 'The route', schema: routeSchema },
      401: unauthorized,
      404: { description: 'No active store at this host', schema: errorBodySchema },
    },
  }),
  listCellEndpoints: defineRoute({
    operationId: 'internalListCellEndpoints',
    method: 'get',
    path: '/internal/v1/cells',
    summary: 'Where each cell’s API and storefront listen',
    tags: ['internal'],
    auth: 'internal',
    responses: {
      200: { description: 'Cells', schema: z.object({ items: z.array(cellEndpointSchema) }) },
      401: unauthorized,
    },
  }),
  registerCell: defineRoute({
    operationId: 'internalRegisterCell',
    method: 'put',
    path: '/internal/v1/cells/:id',
    summary: 'Register a cell or update its endpoints and capacity; idempotent',
    tags: ['internal'],
    auth: 'internal',
    params: z.object({ id: cellIdSchema }),
    body: registerCellBodySchema,
    responses: {
      200: { description: 'The cell', schema: cellSchema },
      400: { description: 'Invalid input', schema: errorBodySchema },
      401: unauthorized,
    },
  }),
};
