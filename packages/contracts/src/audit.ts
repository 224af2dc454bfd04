import { z } from 'zod';
import { uuidSchema } from './common';
import { errorBodySchema } from './errors';
import { dateBoundSchema } from './orders';
import { defineRoute } from './route';

export const auditActorTypes = ['member', 'platform', 'system'] as const;

export const auditLogQuerySchema = z
  .object({
    actorId: uuidSchema.optional().describe('Only what this member did.'),
    action: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(100, 'must be at most 100 characters')
      .regex(/^[a-z_.]+$/, 'may contain only lowercase letters, underscores and dots')
      .optional()
      .describe(
        'An action or its prefix: `order.` matches `order.shipped`, `order.refund_requested`…',
      ),
    targetType: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(40, 'must be at most 40 characters')
      .optional()
      .describe('`product`, `order`, `member`, …'),
    targetId: z.string().trim().min(1).max(100).optional(),
    from: dateBoundSchema
      .optional()
      .describe('At or after this instant; a date means from the start of that UTC day.'),
    to: dateBoundSchema
      .optional()
      .describe('Before this instant; a date includes the whole of that UTC day.'),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    cursor: z.string().max(200).optional().describe('`nextCursor` of the previous page.'),
  })
  .strict();
export type AuditLogQuery = z.output<typeof auditLogQuerySchema>;

export const auditEntrySchema = z
  .object({
    id: z.string(),
    at: z.string(),
    actor: z.object({
      type: z
        .enum(auditActorTypes)
        .describe('`platform`: the control plane (provisioning, invitations).'),
      id: z.string().nullable().describe('The member’s user id.'),
      email: z
        .string()
        .nullable()
        .describe('The member’s email, while they are a member of the store.'),
    }),
    action: z.string().describe('`<target>.<what happened>`, for example `product.updated`.'),
    target: z.object({ type: z.string().nullable(), id: z.string().nullable() }),
    data: z.record(z.string(), z.unknown()).describe('What changed; depends on the action.'),
    correlationId: z
      .string()
      .nullable()
      .describe('The request that did it, as in the logs and `x-correlation-id`.'),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntryView = z.infer<typeof auditEntrySchema>;

export const auditLogPageSchema = z.object({
  items: z.array(auditEntrySchema),
  nextCursor: z.string().nullable(),
});

export const auditRoutes = {
  list: defineRoute({
    operationId: 'listAuditLog',
    method: 'get',
    path: '/api/v1/admin/audit-log',
    summary: 'Who did what and when in the store, newest first, with filters; keyset pages',
    tags: ['staff-admin'],
    auth: 'bearer',
    permission: 'audit:read',
    query: auditLogQuerySchema,
    responses: {
      200: { description: 'A page of entries', schema: auditLogPageSchema },
      400: { description: 'Invalid input; `fields` names each field', schema: errorBodySchema },
      401: { description: 'No or invalid token', schema: errorBodySchema },
      403: { description: 'The caller’s role lacks `audit:read`', schema: errorBodySchema },
      404: { description: 'Not a member of this store', schema: errorBodySchema },
    },
  }),
};
