import { z } from 'zod';
import { emailSchema, memberRoles, uuidSchema } from './common';
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

export const memberParamsSchema = z.object({ userId: uuidSchema });

export const changeMemberRoleBodySchema = z
  .object({ role: memberRoleSchema })
  .strict()
  .meta({ id: 'ChangeMemberRole' });

const unauthenticated = { description: 'No or invalid token', schema: errorBodySchema };
const forbidden = {
  description: 'The caller’s role lacks the permission, or only an owner may do this to owners',
  schema: errorBodySchema,
};
const notFound = {
  description: 'No such member in this store, or the caller is not a member of it',
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
  changeRole: defineRoute({
    operationId: 'changeMemberRole',
    method: 'patch',
    path: '/api/v1/admin/members/:userId',
    summary:
      'Change a member’s role. Only an owner may make someone an owner or change an owner; the last owner stays one',
    tags,
    auth: 'bearer',
    permission: 'staff:manage',
    params: memberParamsSchema,
    body: changeMemberRoleBodySchema,
    responses: {
      200: { description: 'The member', schema: memberSchema },
      400: badInput,
      401: unauthenticated,
      403: forbidden,
      404: notFound,
      409: lastOwner,
    },
  }),
  remove: defineRoute({
    operationId: 'removeMember',
    method: 'delete',
    path: '/api/v1/admin/members/:userId',
    summary: 'Remove a member from the store. Only an owner may remove an owner, never the last',
    tags,
    auth: 'bearer',
    permission: 'staff:manage',
    params: memberParamsSchema,
    responses: {
      204: { description: 'Removed' },
      400: badInput,
      401: unauthenticated,
      403: forbidden,
      404: notFound,
      409: lastOwner,
    },
  }),
};

// ----- control plane → cell -----

export const internalMemberParamsSchema = tenantIdParamsSchema.extend({ userId: uuidSchema });

export const upsertMemberBodySchema = z
  .object({ email: emailSchema, role: memberRoleSchema })
  .strict()
  .meta({ id: 'UpsertMember' });
export type UpsertMemberBody = z.infer<typeof upsertMemberBodySchema>;

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
 * How the control plane adds, changes and removes a store's members in its cell (an accepted
 * invitation, a removal there). Both are idempotent and keep the store's last owner.
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
    responses: {
      204: { description: 'Removed, or was not a member' },
      400: { description: 'Invalid input', schema: errorBodySchema },
      401: internalUnauthorized,
      404: { description: 'No such tenant in this cell', schema: errorBodySchema },
      409: lastOwner,
    },
  }),
};
