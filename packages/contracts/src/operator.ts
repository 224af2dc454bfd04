import { z } from 'zod';
import { cellIdSchema } from './cells';
import { idParamsSchema } from './common';
import { errorBodySchema } from './errors';
import { defineRoute } from './route';
import { replaceMembersResultSchema } from './staff';
import { tenantStatusSchema } from './tenants';

/** Platform operators (super-admins) only; everyone else gets 403 on every route here. */

export const operatorTenantListQuerySchema = z
  .object({
    status: tenantStatusSchema.optional(),
    cellId: cellIdSchema.optional(),
    plan: z.string().trim().min(1).max(40).optional(),
    q: z
      .string()
      .trim()
      .min(1)
      .max(80)
      .optional()
      .describe('Part of the slug or name, case-insensitive'),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    cursor: z.string().max(200).optional().describe('`nextCursor` of the previous page.'),
  })
  .strict();

export const operatorTenantSchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: z.string(),
    status: tenantStatusSchema,
    live: z.boolean(),
    plan: z.string(),
    cellId: z.string().nullable(),
    createdAt: z.string(),
    ownerEmail: z.string().nullable(),
    suspendedReason: z.string().nullable(),
    temporalUrl: z
      .string()
      .nullable()
      .describe('The provisioning workflow in the Temporal UI (null when no UI is configured)'),
  })
  .meta({ id: 'OperatorTenant' });
export type OperatorTenant = z.infer<typeof operatorTenantSchema>;

export const suspendTenantBodySchema = z
  .object({
    reason: z
      .string()
      .trim()
      .min(3, 'is required (at least 3 characters)')
      .max(500, 'must be at most 500 characters'),
  })
  .strict();

export const resumeTenantBodySchema = z
  .object({ reason: z.string().trim().max(500, 'must be at most 500 characters').optional() })
  .strict();

const unauthenticated = { description: 'Not signed in', schema: errorBodySchema };
const forbidden = { description: 'Not a platform operator', schema: errorBodySchema };

export const operatorRoutes = {
  listTenants: defineRoute({
    operationId: 'operatorListTenants',
    method: 'get',
    path: '/api/v1/operator/tenants',
    summary: 'Every store, newest first, filtered and paginated (operators)',
    tags: ['operator'],
    auth: 'bearer',
    query: operatorTenantListQuerySchema,
    responses: {
      200: {
        description: 'Stores',
        schema: z.object({
          items: z.array(operatorTenantSchema),
          nextCursor: z.string().nullable(),
        }),
      },
      400: { description: 'Invalid filter or cursor', schema: errorBodySchema },
      401: unauthenticated,
      403: forbidden,
    },
  }),
  suspendTenant: defineRoute({
    operationId: 'operatorSuspendTenant',
    method: 'post',
    path: '/api/v1/operator/tenants/:id/suspend',
    summary: 'Suspend a ready store: its hosts answer an unavailable page (audited)',
    tags: ['operator'],
    auth: 'bearer',
    params: idParamsSchema,
    body: suspendTenantBodySchema,
    responses: {
      200: { description: 'The store, suspended', schema: operatorTenantSchema },
      400: { description: 'Invalid input (a reason is required)', schema: errorBodySchema },
      401: unauthenticated,
      403: forbidden,
      404: { description: 'No such store', schema: errorBodySchema },
      409: {
        description: 'The store is not ready (still provisioning, or failed)',
        schema: errorBodySchema,
      },
    },
  }),
  resumeTenant: defineRoute({
    operationId: 'operatorResumeTenant',
    method: 'post',
    path: '/api/v1/operator/tenants/:id/resume',
    summary:
      'Lift a suspension: the store serves again as before (audited; a ready store is left as is)',
    tags: ['operator'],
    auth: 'bearer',
    params: idParamsSchema,
    body: resumeTenantBodySchema,
    responses: {
      200: { description: 'The store, ready again', schema: operatorTenantSchema },
      400: { description: 'Invalid input', schema: errorBodySchema },
      401: unauthenticated,
      403: forbidden,
      404: { description: 'No such store', schema: errorBodySchema },
      409: { description: 'The store is neither suspended nor ready', schema: errorBodySchema },
    },
  }),
  syncTenantMembers: defineRoute({
    operationId: 'operatorSyncTenantMembers',
    method: 'post',
    path: '/api/v1/operator/tenants/:id/members/sync',
    summary:
      'Make the store’s members in its cell exactly the platform’s (ADR 0020); idempotent, audited there',
    tags: ['operator'],
    auth: 'bearer',
    params: idParamsSchema,
    responses: {
      200: { description: 'What the cell had to change', schema: replaceMembersResultSchema },
      400: { description: 'Invalid id', schema: errorBodySchema },
      401: unauthenticated,
      403: forbidden,
      404: { description: 'No such store', schema: errorBodySchema },
      409: { description: 'The store is not created in its cell yet', schema: errorBodySchema },
      503: { description: 'The store’s cell is unavailable; retry', schema: errorBodySchema },
    },
  }),
};
