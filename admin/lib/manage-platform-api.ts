import { z } from 'zod';
import {
  acceptedInvitationSchema,
  createdInvitationSchema,
  helpArticleSchema,
  helpArticleSummarySchema,
  helpRoutes,
  invitationRoutes,
  invitationSchema,
  languageSchema,
  memberSchema,
  operatorRoutes,
  operatorTenantSchema,
  operatorTicketSummarySchema,
  storeMemberRoutes,
  supportRoutes,
  ticketSchema,
  ticketSummarySchema,
  type CreateInvitationBody,
  type Language,
  type MemberRole,
} from '@mpb/contracts';
import type { ApiClient } from './api-client';
import { apiQuery } from './list-filters';
import { fillPath } from './platform-api';

type Query = Readonly<Record<string, string | number | undefined>>;

const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

// A ticket as operators see it: with the store it belongs to.
const operatorTicketSchema = ticketSchema.extend({
  tenant: operatorTicketSummarySchema.shape.tenant,
});

/**
 * The control plane's calls behind the store admin (staff invitations and changes, help centre,
 * support tickets) and the platform operators' pages (every store, suspensions, ticket answers).
 */
export function createManagePlatformApi(client: ApiClient) {
  const url = (spec: { path: string }, params: Record<string, string> = {}, query: Query = {}) =>
    fillPath(spec.path, params) + apiQuery(query);

  return {
    // ----- staff invitations -----
    listInvitations: async (tenantId: string, signal?: AbortSignal) =>
      (
        await client.json(
          url(invitationRoutes.list, { id: tenantId }),
          z.object({ items: z.array(invitationSchema) }),
          { signal },
        )
      ).items,
    invite: (tenantId: string, body: CreateInvitationBody) =>
      client.json(url(invitationRoutes.create, { id: tenantId }), createdInvitationSchema, {
        method: 'POST',
        body,
      }),
    acceptInvitation: (token: string) =>
      client.json(invitationRoutes.accept.path, acceptedInvitationSchema, {
        method: 'POST',
        body: { token },
      }),
    revokeInvitation: (tenantId: string, invitationId: string) =>
      client.send(url(invitationRoutes.revoke, { id: tenantId, invitationId }), {
        method: 'DELETE',
      }),

    // ----- store members: changed here, read from the store's API (ADR 0020) -----
    changeMemberRole: (tenantId: string, userId: string, role: MemberRole) =>
      client.json(url(storeMemberRoutes.changeRole, { id: tenantId, userId }), memberSchema, {
        method: 'PATCH',
        body: { role },
      }),
    removeMember: (tenantId: string, userId: string) =>
      client.send(url(storeMemberRoutes.remove, { id: tenantId, userId }), { method: 'DELETE' }),

    // ----- help centre -----
    listHelpArticles: (lang: Language, signal?: AbortSignal) =>
      client.json(
        url(helpRoutes.list, {}, { lang }),
        z.object({
          version: z.string(),
          lang: languageSchema,
          items: z.array(helpArticleSummarySchema),
        }),
        { auth: false, signal },
      ),
    getHelpArticle: (slug: string, lang: Language, signal?: AbortSignal) =>
      client.json(url(helpRoutes.get, { slug }, { lang }), helpArticleSchema, {
        auth: false,
        signal,
      }),

    // ----- a store's support tickets -----
    listTickets: (tenantId: string, query: Query = {}, signal?: AbortSignal) =>
      client.json(url(supportRoutes.list, { id: tenantId }, query), pageOf(ticketSummarySchema), {
        signal,
      }),
    getTicket: (tenantId: string, ticketId: string, signal?: AbortSignal) =>
      client.json(url(supportRoutes.get, { id: tenantId, ticketId }), ticketSchema, { signal }),
    openTicket: (tenantId: string, body: z.input<typeof supportRoutes.open.body>) =>
      client.json(url(supportRoutes.open, { id: tenantId }), ticketSchema, {
        method: 'POST',
        body,
      }),
    replyTicket: (tenantId: string, ticketId: string, body: { body: string }) =>
      client.json(url(supportRoutes.reply, { id: tenantId, ticketId }), ticketSchema, {
        method: 'POST',
        body,
      }),
    closeTicket: (tenantId: string, ticketId: string) =>
      client.json(url(supportRoutes.close, { id: tenantId, ticketId }), ticketSchema, {
        method: 'POST',
      }),

    // ----- platform operators -----
    operatorListTenants: (query: Query = {}, signal?: AbortSignal) =>
      client.json(url(operatorRoutes.listTenants, {}, query), pageOf(operatorTenantSchema), {
        signal,
      }),
    suspendTenant: (id: string, reason: string) =>
      client.json(url(operatorRoutes.suspendTenant, { id }), operatorTenantSchema, {
        method: 'POST',
        body: { reason },
      }),
    resumeTenant: (id: string, reason?: string) =>
      client.json(url(operatorRoutes.resumeTenant, { id }), operatorTenantSchema, {
        method: 'POST',
        body: reason ? { reason } : {},
      }),
    operatorListTickets: (query: Query = {}, signal?: AbortSignal) =>
      client.json(url(supportRoutes.operatorList, {}, query), pageOf(operatorTicketSummarySchema), {
        signal,
      }),
    operatorGetTicket: (ticketId: string, signal?: AbortSignal) =>
      client.json(url(supportRoutes.operatorGet, { ticketId }), operatorTicketSchema, { signal }),
    operatorReply: (ticketId: string, body: { body: string; close: boolean }) =>
      client.json(url(supportRoutes.operatorReply, { ticketId }), operatorTicketSchema, {
        method: 'POST',
        body,
      }),
  };
}

export type ManagePlatformApi = ReturnType<typeof createManagePlatformApi>;
