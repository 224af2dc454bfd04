import { z } from 'zod';
import { emailSchema, idParamsSchema, memberRoles, uuidSchema } from './common';
import { errorBodySchema } from './errors';
import { tenantIdParamsSchema } from './internal';
import { permissionSchema } from './permissions';
import { defineRoute } from './route';

export const memberRoleSchema = z.enum(memberRoles, {
  error: `must be one of ${memberRoles.join(', ')}`,
});

export const memberSchema = z
  .object({
    userId: z.uuid(),
    email: z.string(),
    role: memberRoleSchema,
    createdAt: z.string().describe('When the person became a member of the store.'),
  })
  .meta({ id: 'Member' });
export type MemberView = z.infer<typeof memberSchema>;

export const myMembershipSchema = z
  .object({
    tenantId: z.uuid(),
    userId: z.uuid(),
    email: z.string(),
    role: memberRoleSchema,
    permissions: z
      .array(permissionSchema)
      .describe('Everything the caller may do in this store; the admin hides the rest.'),
  })
  .meta({ id: 'MyMembership' });
export type MyMembership = z.infer<typeof myMembershipSchema>;

export const storeMemberParamsSchema = idParamsSchema.extend({ userId: uuidSchema });

export const changeMemberRoleBodySchema = z
  .object({ role: memberRoleSchema })
  .strict()
  .meta({ id: 'ChangeMemberRole' });

const unauthenticated = { description: 'No or invalid token', schema: errorBodySchema };
const forbidden = {
  description: 'The caller’s role lacks the permission, or only an owner may do this to owners',
  schema: errorBodySchema,
};
const lastOwner = {
  description: 'The store would be left without an owner (`INVALID_STATE`)',
  schema: errorBodySchema,
};
const badInput = {
  description: 'Invalid input; `fields` names each field',
  schema: errorBodySchema,
};
const tags = ['staff-admin'];

export const staffRoutes = {
  me: defineRoute({
    operationId: 'getMyMembership',
    method: 'get',
    path: '/api/v1/admin/me',
    summary: 'The caller’s membership of this store: role and permissions',
    tags,
    auth: 'bearer',
    permission: 'admin:access',
    responses: {
      200: { description: 'The membership', schema: myMembershipSchema },
      401: unauthenticated,
      404: { description: 'Not a member of this store', schema: errorBodySchema },
    },
  }),
  list: defineRoute({
    operationId: 'listMembers',
    method: 'get',
    path: '/api/v1/admin/members',
    summary: 'The store’s members, owners first, then by when they joined',
    tags,
    auth: 'bearer',
    permission: 'staff:read',
    responses: {
      200: { description: 'Members', schema: z.object({ items: z.array(memberSchema) }) },
      401: unauthenticated,
      403: forbidden,
      404: { description: 'Not a member of this store', schema: errorBodySchema },
    },
  }),
};

// ----- the platform API: every change of a store's staff is made here (ADR 0020) -----

const storeMemberNotFound = {
  description:
    'No such store among the caller’s, or no such member in it (another store’s member is the same)',
  schema: errorBodySchema,
};
const cellUnavailable = {
  description: 'The store’s cell is unavailable: nothing changed; retry',
  schema: errorBodySchema,
};

/**
 * Changing and removing a store's members, on the platform host. The control plane holds the
 * membership and writes it to the store's cell before answering; the cell's admin API only
 * reads it (`GET /api/v1/admin/members`, `/api/v1/admin/me`).
 */
export const storeMemberRoutes = {
  changeRole: defineRoute({
    operationId: 'changeStoreMemberRole',
    method: 'patch',
    path: '/api/v1/tenants/:id/members/:userId',
    summary:
      'Change a member’s role. Only an owner may make someone an owner or change an owner; the last owner stays one',
    tags: ['staff'],
    auth: 'bearer',
    permission: 'staff:manage',
    params: storeMemberParamsSchema,
    body: changeMemberRoleBodySchema,
    responses: {
      200: { description: 'The member (asking again changes nothing)', schema: memberSchema },
      400: badInput,
      401: unauthenticated,
      403: forbidden,
      404: storeMemberNotFound,
      409: lastOwner,
      503: cellUnavailable,
    },
  }),
  remove: defineRoute({
    operationId: 'removeStoreMember',
    method: 'delete',
    path: '/api/v1/tenants/:id/members/:userId',
    summary:
      'Remove a member from the store; they keep their account. Only an owner may remove an owner, never the last',
    tags: ['staff'],
    auth: 'bearer',
    permission: 'staff:manage',
    params: storeMemberParamsSchema,
    responses: {
      204: { description: 'Removed' },
      400: badInput,
      401: unauthenticated,
      403: forbidden,
      404: storeMemberNotFound,
      409: lastOwner,
      503: cellUnavailable,
    },
  }),
};

// ----- control plane → cell -----

export const internalMemberParamsSchema = tenantIdParamsSchema.extend({ userId: uuidSchema });

/** The store member who made the change through the control plane, for the cell's audit log. */
const memberActorSchema = z
  .object({ userId: uuidSchema })
  .strict()
  .describe('The member who made the change; absent when the platform did (an invitation)');

export const upsertMemberBodySchema = z
  .object({ email: emailSchema, role: memberRoleSchema, actor: memberActorSchema.optional() })
  .strict()
  .meta({ id: 'UpsertMember' });
export type UpsertMemberBody = z.infer<typeof upsertMemberBodySchema>;

export const removeMemberBodySchema = z
  .object({ actor: memberActorSchema.optional() })
  .strict()
  .meta({ id: 'RemoveMember' });
export type RemoveMemberBody = z.infer<typeof removeMemberBodySchema>;

export const replaceMembersBodySchema = z
  .object({
    members: z
      .array(z.object({ userId: uuidSchema, email: emailSchema, role: memberRoleSchema }).strict())
      .min(1)
      .max(1000)
      .superRefine((members, ctx) => {
        if (new Set(members.map((member) => member.userId)).size !== members.length) {
          ctx.addIssue({ code: 'custom', message: 'names a member more than once' });
        }
        if (!members.some((member) => member.role === 'owner')) {
          ctx.addIssue({ code: 'custom', message: 'must include an owner' });
        }
      }),
  })
  .strict()
  .meta({ id: 'ReplaceMembers' });
export type ReplaceMembersBody = z.infer<typeof replaceMembersBodySchema>;

export const replaceMembersResultSchema = z.object({
  added: z.number().int(),
  changed: z.number().int().describe('Members whose role or email was changed'),
  removed: z.number().int(),
});
export type ReplaceMembersResult = z.infer<typeof replaceMembersResultSchema>;

export const upsertMemberResultSchema = z.object({
  userId: z.uuid(),
  email: z.string(),
  role: memberRoleSchema,
  created: z.boolean().describe('false when the person was a member already (a retried call)'),
});

const internalUnauthorized = {
  description: 'Missing or wrong internal token',
  schema: errorBodySchema,
};

/**
 * How the control plane writes a store's members to its cell: one member (an accepted
 * invitation, a role change, a removal, naming the member who made it) or the whole list (the
 * reconciliation of ADR 0020). All are idempotent and keep the store's last owner.
 */
export const cellInternalMemberRoutes = {
  upsert: defineRoute({
    operationId: 'internalUpsertMember',
    method: 'put',
    path: '/internal/v1/tenants/:tenantId/members/:userId',
    summary: 'Make a person a member of the store with this role and email; idempotent',
    tags: ['internal'],
    auth: 'internal',
    params: internalMemberParamsSchema,
    body: upsertMemberBodySchema,
    responses: {
      200: { description: 'The member, created or updated', schema: upsertMemberResultSchema },
      400: { description: 'Invalid input', schema: errorBodySchema },
      401: internalUnauthorized,
      404: { description: 'No such tenant in this cell', schema: errorBodySchema },
      409: lastOwner,
    },
  }),
  remove: defineRoute({
    operationId: 'internalRemoveMember',
    method: 'delete',
    path: '/internal/v1/tenants/:tenantId/members/:userId',
    summary: 'Remove a person from the store’s members; idempotent',
    tags: ['internal'],
    auth: 'internal',
    params: internalMemberParamsSchema,
    body: removeMemberBodySchema,
    responses: {
      204: { description: 'Removed, or was not a member' },
      400: { description: 'Invalid input', schema: errorBodySchema },
      401: internalUnauthorized,
      404: { description: 'No such tenant in this cell', schema: errorBodySchema },
      409: lastOwner,
    },
  }),
  replace: defineRoute({
    operationId: 'internalReplaceMembers',
    method: 'put',
    path: '/internal/v1/tenants/:tenantId/members',
    summary:
      'Make the store’s members exactly these (adding, changing and removing as needed), in one transaction; idempotent',
    tags: ['internal'],
    auth: 'internal',
    params: tenantIdParamsSchema,
    body: replaceMembersBodySchema,
    responses: {
      200: {
        description: 'What had to change (all zero when nothing did)',
        schema: replaceMembersResultSchema,
      },
      400: {
        description: 'Invalid input, a member named twice, or no owner among them',
        schema: errorBodySchema,
      },
      401: internalUnauthorized,
      404: { description: 'No such tenant in this cell', schema: errorBodySchema },
    },
  }),
};
