import { z } from 'zod';
import { emailSchema, memberRoles, uuidSchema, idParamsSchema } from './common';
import { errorBodySchema } from './errors';
import { defineRoute } from './route';

export const createInvitationBodySchema = z
  .object({
    email: emailSchema,
    role: z.enum(memberRoles),
  })
  .strict()
  .meta({ id: 'CreateInvitation' });
export type CreateInvitationBody = z.infer<typeof createInvitationBodySchema>;

export const invitationSchema = z
  .object({
    id: z.uuid(),
    tenantId: z.uuid(),
    email: z.string(),
    role: z.enum(memberRoles),
    status: z.enum(['pending', 'expired']),
    invitedBy: z.object({ userId: z.uuid(), email: z.string().nullable() }),
    createdAt: z.string(),
    expiresAt: z.string(),
  })
  .meta({ id: 'Invitation' });
export type Invitation = z.infer<typeof invitationSchema>;

export const createdInvitationSchema = invitationSchema.extend({
  emailSent: z
    .boolean()
    .describe(
      'Whether the invitation email was queued: it goes out within seconds and is retried ' +
        'while the mail server refuses it. False when the platform sends no email.',
    ),
  acceptUrl: z
    .string()
    .nullable()
    .describe(
      'Only when the platform sends no email: the link to pass on to the invitee yourself. ' +
        'It works once, for an account with the invited email, until `expiresAt`.',
    ),
});

export const acceptInvitationBodySchema = z
  .object({ token: z.string().trim().min(20, 'is not a valid invitation').max(200) })
  .strict();

export const acceptedInvitationSchema = z.object({
  tenantId: z.uuid(),
  slug: z.string(),
  name: z.string(),
  role: z.enum(memberRoles).describe('The member’s role in the store (an existing one is kept)'),
});

export const invitationParamsSchema = z.object({ id: uuidSchema, invitationId: uuidSchema });

const unauthenticated = { description: 'Not signed in', schema: errorBodySchema };
const notFound = { description: 'No such store among yours', schema: errorBodySchema };

export const invitationRoutes = {
  create: defineRoute({
    operationId: 'createInvitation',
    method: 'post',
    path: '/api/v1/tenants/:id/invitations',
    summary: 'Invite someone by email to the store’s staff (owners and admins)',
    tags: ['staff'],
    auth: 'bearer',
    permission: 'staff:manage',
    params: idParamsSchema,
    body: createInvitationBodySchema,
    responses: {
      201: {
        description: 'Invited (an earlier pending invitation is replaced)',
        schema: createdInvitationSchema,
      },
      400: { description: 'Invalid input', schema: errorBodySchema },
      401: unauthenticated,
      403: {
        description: 'Only owners and admins invite; only owners invite owners',
        schema: errorBodySchema,
      },
      404: notFound,
      409: {
        description: 'Already a member, or the store is not ready yet',
        schema: errorBodySchema,
      },
    },
  }),
  list: defineRoute({
    operationId: 'listInvitations',
    method: 'get',
    path: '/api/v1/tenants/:id/invitations',
    summary: 'Invitations not yet accepted or revoked, newest first, with their expiry',
    tags: ['staff'],
    auth: 'bearer',
    permission: 'staff:read',
    params: idParamsSchema,
    responses: {
      200: { description: 'Invitations', schema: z.object({ items: z.array(invitationSchema) }) },
      400: { description: 'Invalid id', schema: errorBodySchema },
      401: unauthenticated,
      403: { description: 'Only owners and admins', schema: errorBodySchema },
      404: notFound,
    },
  }),
  revoke: defineRoute({
    operationId: 'revokeInvitation',
    method: 'delete',
    path: '/api/v1/tenants/:id/invitations/:invitationId',
    summary: 'Revoke a pending invitation; revoking twice is harmless',
    tags: ['staff'],
    auth: 'bearer',
    permission: 'staff:manage',
    params: invitationParamsSchema,
    responses: {
      204: { description: 'Revoked' },
      400: { description: 'Invalid id', schema: errorBodySchema },
      401: unauthenticated,
      403: { description: 'Only owners and admins', schema: errorBodySchema },
      404: { description: 'No such invitation in this store', schema: errorBodySchema },
      409: { description: 'Already accepted', schema: errorBodySchema },
    },
  }),
  accept: defineRoute({
    operationId: 'acceptInvitation',
    method: 'post',
    path: '/api/v1/invitations/accept',
    summary:
      'Join a store with an invitation token, as the signed-in account with the invited email',
    tags: ['staff'],
    auth: 'bearer',
    body: acceptInvitationBodySchema,
    responses: {
      200: {
        description: 'A member of the store (accepting again changes nothing)',
        schema: acceptedInvitationSchema,
      },
      400: { description: 'Invalid input', schema: errorBodySchema },
      401: unauthenticated,
      403: { description: 'The invitation was sent to another email', schema: errorBodySchema },
      404: { description: 'Unknown invitation', schema: errorBodySchema },
      409: {
        description: 'Expired, revoked or used by another account: ask for a new invitation',
        schema: errorBodySchema,
      },
      503: { description: 'The store’s cell is unavailable; retry', schema: errorBodySchema },
    },
  }),
};
