import { z } from 'zod';
import { errorBodySchema } from './errors';
import { defineRoute } from './route';

export const cellKinds = ['shared', 'dedicated'] as const;
export const cellStatuses = ['provisioning', 'active', 'draining', 'retired'] as const;

export const cellIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and hyphens')
  .max(40);

export const cellSchema = z
  .object({
    id: z.string(),
    kind: z.enum(cellKinds),
    region: z.string(),
    status: z.enum(cellStatuses),
    capacity: z.number().int(),
    tenantCount: z.number().int(),
    apiUrl: z.string(),
    storefrontUrl: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'Cell' });
export type Cell = z.infer<typeof cellSchema>;

export const registerCellBodySchema = z
  .object({
    kind: z.enum(cellKinds),
    region: z.string().min(1).max(40),
    status: z.enum(cellStatuses).default('active'),
    capacity: z.number().int().min(1).max(100_000),
    apiUrl: z.url(),
    storefrontUrl: z.url(),
  })
  .strict();

export const cellRoutes = {
  list: defineRoute({
    operationId: 'listCells',
    method: 'get',
    path: '/api/v1/cells',
    summary: 'The cell registry with load (platform super-admins only)',
    tags: ['cells'],
    auth: 'bearer',
    responses: {
      200: { description: 'Cells', schema: z.object({ items: z.array(cellSchema) }) },
      401: { description: 'Not signed in', schema: errorBodySchema },
      403: { description: 'Not a platform super-admin', schema: errorBodySchema },
    },
  }),
};
