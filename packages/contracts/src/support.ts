import { z } from 'zod';
import { idParamsSchema, languageSchema, uuidSchema } from './common';
import { errorBodySchema } from './errors';
import { defineRoute } from './route';

export const ticketStatuses = ['open', 'answered', 'closed'] as const;
export const ticketStatusSchema = z.enum(ticketStatuses);
export const ticketCategories = [
  'account',
  'billing',
  'payments',
  'catalog',
  'orders',
  'domain',
  'technical',
  'other',
] as const;

const messageBody = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(10_000, 'must be at most 10000 characters');

export const openTicketBodySchema = z
  .object({
    subject: z.string().trim().min(3, 'must be at least 3 characters').max(150),
    body: messageBody,
    category: z.enum(ticketCategories),
  })
  .strict()
  .meta({ id: 'OpenTicket' });

export const ticketMessageBodySchema = z.object({ body: messageBody }).strict();
export const operatorReplyBodySchema = z
  .object({
    body: messageBody,
    close: z.boolean().default(false).describe('Close the ticket with this answer'),
  })
  .strict();

export const ticketMessageSchema = z
  .object({
    id: z.uuid(),
    author: z.enum(['merchant', 'operator']),
    authorEmail: z.string().nullable(),
    body: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'TicketMessage' });

export const ticketSummarySchema = z
  .object({
    id: z.uuid(),
    tenantId: z.uuid(),
    subject: z.string(),
    category: z.enum(ticketCategories),
    status: ticketStatusSchema,
    openedBy: z.string().nullable().describe('Email of the member who opened it'),
    messageCount: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'TicketSummary' });

export const ticketSchema = ticketSummarySchema
  .extend({ messages: z.array(ticketMessageSchema) })
  .meta({ id: 'Ticket' });

export const operatorTicketSummarySchema = ticketSummarySchema
  .extend({
    tenant: z.object({
      id: z.uuid(),
      slug: z.string(),
      name: z.string(),
      language: languageSchema,
    }),
  })
  .meta({ id: 'OperatorTicketSummary' });

export const ticketListQuerySchema = z
  .object({
    status: ticketStatusSchema.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    cursor: z.string().max(200).optional().describe('`nextCursor` of the previous page.'),
  })
  .strict();

export const operatorTicketListQuerySchema = ticketListQuerySchema
  .extend({ tenantId: uuidSchema.optional() })
  .strict();

export const tenantTicketParamsSchema = z.object({ id: uuidSchema, ticketId: uuidSchema });
export const ticketParamsSchema = z.object({ ticketId: uuidSchema });

const unauthenticated = { description: 'Not signed in', schema: errorBodySchema };
const notFound = { description: 'No such ticket among your store’s', schema: errorBodySchema };
const operatorsOnly = { description: 'Not a platform operator', schema: errorBodySchema };
const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const supportRoutes = {
  open: defineRoute({
    operationId: 'openSupportTicket',
    method: 'post',
    path: '/api/v1/tenants/:id/support/tickets',
    summary: 'Open a support ticket for the store (any member)',
    tags: ['support'],
    auth: 'bearer',
    permission: 'support:write',
    params: idParamsSchema,
    body: openTicketBodySchema,
    responses: {
      201: { description: 'Opened', schema: ticketSchema },
      400: { description: 'Invalid input', schema: errorBodySchema },
      401: unauthenticated,
      404: { description: 'No such store among yours', schema: errorBodySchema },
    },
  }),
  list: defineRoute({
    operationId: 'listSupportTickets',
    method: 'get',
    path: '/api/v1/tenants/:id/support/tickets',
    summary: 'The store’s tickets, most recently updated first',
    tags: ['support'],
    auth: 'bearer',
    permission: 'support:read',
    params: idParamsSchema,
    query: ticketListQuerySchema,
    responses: {
      200: { description: 'Tickets', schema: page(ticketSummarySchema) },
      400: { description: 'Invalid filter', schema: errorBodySchema },
      401: unauthenticated,
      404: { description: 'No such store among yours', schema: errorBodySchema },
    },
  }),
  get: defineRoute({
    operationId: 'getSupportTicket',
    method: 'get',
    path: '/api/v1/tenants/:id/support/tickets/:ticketId',
    summary: 'A ticket with its messages',
    tags: ['support'],
    auth: 'bearer',
    permission: 'support:read',
    params: tenantTicketParamsSchema,
    responses: {
      200: { description: 'The ticket', schema: ticketSchema },
      400: { description: 'Invalid id', schema: errorBodySchema },
      401: unauthenticated,
      404: notFound,
    },
  }),
  reply: defineRoute({
    operationId: 'replySupportTicket',
    method: 'post',
    path: '/api/v1/tenants/:id/support/tickets/:ticketId/messages',
    summary: 'Add a message; the ticket is open again',
    tags: ['support'],
    auth: 'bearer',
    permission: 'support:write',
    params: tenantTicketParamsSchema,
    body: ticketMessageBodySchema,
    responses: {
      201: { description: 'The ticket with the message', schema: ticketSchema },
      400: { description: 'Invalid input', schema: errorBodySchema },
      401: unauthenticated,
      404: notFound,
    },
  }),
  close: defineRoute({
    operationId: 'closeSupportTicket',
    method: 'post',
    path: '/api/v1/tenants/:id/support/tickets/:ticketId/close',
    summary: 'Close a ticket (closing twice is harmless; a new message reopens it)',
    tags: ['support'],
    auth: 'bearer',
    permission: 'support:write',
    params: tenantTicketParamsSchema,
    responses: {
      200: { description: 'The ticket', schema: ticketSchema },
      400: { description: 'Invalid id', schema: errorBodySchema },
      401: unauthenticated,
      404: notFound,
    },
  }),
  operatorList: defineRoute({
    operationId: 'operatorListSupportTickets',
    method: 'get',
    path: '/api/v1/operator/support/tickets',
    summary: 'Every store’s tickets, most recently updated first (operators)',
    tags: ['operator', 'support'],
    auth: 'bearer',
    query: operatorTicketListQuerySchema,
    responses: {
      200: { description: 'Tickets', schema: page(operatorTicketSummarySchema) },
      400: { description: 'Invalid filter', schema: errorBodySchema },
      401: unauthenticated,
      403: operatorsOnly,
    },
  }),
  operatorGet: defineRoute({
    operationId: 'operatorGetSupportTicket',
    method: 'get',
    path: '/api/v1/operator/support/tickets/:ticketId',
    summary: 'A ticket with its messages (operators)',
    tags: ['operator', 'support'],
    auth: 'bearer',
    params: ticketParamsSchema,
    responses: {
      200: {
        description: 'The ticket',
        schema: ticketSchema.extend({ tenant: operatorTicketSummarySchema.shape.tenant }),
      },
      400: { description: 'Invalid id', schema: errorBodySchema },
      401: unauthenticated,
      403: operatorsOnly,
      404: { description: 'No such ticket', schema: errorBodySchema },
    },
  }),
  operatorReply: defineRoute({
    operationId: 'operatorReplySupportTicket',
    method: 'post',
    path: '/api/v1/operator/support/tickets/:ticketId/messages',
    summary: 'Answer a ticket (operators); it becomes answered, or closed with `close: true`',
    tags: ['operator', 'support'],
    auth: 'bearer',
    params: ticketParamsSchema,
    body: operatorReplyBodySchema,
    responses: {
      201: {
        description: 'The ticket with the answer',
        schema: ticketSchema.extend({ tenant: operatorTicketSummarySchema.shape.tenant }),
      },
      400: { description: 'Invalid input', schema: errorBodySchema },
      401: unauthenticated,
      403: operatorsOnly,
      404: { description: 'No such ticket', schema: errorBodySchema },
    },
  }),
};
