import { z } from 'zod';
import { emailSchema, languageSchema } from './common';
import { errorBodySchema } from './errors';
import { buyerOrderSchema, orderParamsSchema, orderStatusSchema } from './orders';
import { defineRoute } from './route';

/** Sign-in and session tokens are 32 random bytes, base64url. */
const tokenSchema = z
  .string({ error: 'is required' })
  .regex(/^[A-Za-z0-9_-]{43}$/, 'is not a token this store issued');

export const requestLoginLinkBodySchema = z
  .object({
    email: emailSchema,
    returnPath: z
      .string()
      .max(512, 'must be at most 512 characters')
      .regex(/^\/(?![/\\])/, 'must be a path of this store, such as /account/orders')
      .optional()
      .describe('Where the link takes the shopper after signing in.'),
    locale: languageSchema
      .optional()
      .describe(
        'The language the shopper browses in; the email is written in it when the store offers it.',
      ),
  })
  .strict()
  .meta({ id: 'RequestLoginLink' });

export const createCustomerSessionBodySchema = z
  .object({ token: tokenSchema.describe('The `token` of the sign-in link.') })
  .strict()
  .meta({ id: 'CreateCustomerSession' });

export const customerSessionSchema = z
  .object({
    sessionToken: z
      .string()
      .describe('Send as `Authorization: Bearer <sessionToken>` to the /account routes.'),
    expiresAt: z.string(),
    customer: z.object({ email: z.string() }),
  })
  .meta({ id: 'CustomerSession' });
export type CustomerSession = z.infer<typeof customerSessionSchema>;

export const accountOrderQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(50).default(20),
    cursor: z.string().max(200).optional().describe('`nextCursor` of the previous page.'),
  })
  .strict();

export const buyerOrderSummarySchema = z
  .object({
    id: z.uuid(),
    number: z.number().int(),
    status: orderStatusSchema,
    placedAt: z.string(),
    currency: z.string(),
    total: z.number().int(),
    itemCount: z.number().int(),
  })
  .meta({ id: 'BuyerOrderSummary' });

export const buyerOrderPageSchema = z.object({
  items: z.array(buyerOrderSummarySchema),
  nextCursor: z.string().nullable(),
});
export type BuyerOrderSummary = z.infer<typeof buyerOrderSummarySchema>;
export type BuyerOrderPage = z.infer<typeof buyerOrderPageSchema>;

const badInput = {
  description: 'Invalid input; `fields` names each field',
  schema: errorBodySchema,
};
const limited = { description: 'Too many requests', schema: errorBodySchema };
const noSession = {
  description: 'No session, or an expired or signed-out one (`UNAUTHENTICATED`)',
  schema: errorBodySchema,
};
const tags = ['account'];

export const accountRoutes = {
  requestLoginLink: defineRoute({
    operationId: 'requestLoginLink',
    method: 'post',
    path: '/api/v1/account/login-links',
    summary:
      'Email a sign-in link to a customer of this store. Always 202: the answer never tells whether the email has orders here',
    tags,
    auth: 'none',
    body: requestLoginLinkBodySchema,
    responses: {
      202: { description: 'Accepted' },
      400: badInput,
      404: { description: 'No such store', schema: errorBodySchema },
      429: limited,
    },
  }),
  createSession: defineRoute({
    operationId: 'createCustomerSession',
    method: 'post',
    path: '/api/v1/account/sessions',
    summary: 'Exchange a sign-in link’s token (single use, 15 minutes) for a 30-day session',
    tags,
    auth: 'none',
    body: createCustomerSessionBodySchema,
    responses: {
      201: { description: 'Signed in', schema: customerSessionSchema },
      400: badInput,
      401: {
        description: 'The link is unknown, expired or already used (`LOGIN_LINK_INVALID`)',
        schema: errorBodySchema,
      },
      429: limited,
    },
  }),
  deleteSession: defineRoute({
    operationId: 'deleteCustomerSession',
    method: 'delete',
    path: '/api/v1/account/sessions/current',
    summary: 'Sign out (the customer session token in `Authorization: Bearer`)',
    tags,
    auth: 'bearer',
    responses: { 204: { description: 'Signed out' }, 401: noSession, 429: limited },
  }),
  listOrders: defineRoute({
    operationId: 'listMyOrders',
    method: 'get',
    path: '/api/v1/account/orders',
    summary: 'The signed-in customer’s orders in this store, newest first (customer session token)',
    tags,
    auth: 'bearer',
    query: accountOrderQuerySchema,
    responses: {
      200: { description: 'A page of orders', schema: buyerOrderPageSchema },
      400: badInput,
      401: noSession,
      429: limited,
    },
  }),
  getOrder: defineRoute({
    operationId: 'getMyOrder',
    method: 'get',
    path: '/api/v1/account/orders/:orderId',
    summary: 'One of the signed-in customer’s orders, with tracking (customer session token)',
    tags,
    auth: 'bearer',
    params: orderParamsSchema,
    responses: {
      200: { description: 'The order', schema: buyerOrderSchema },
      400: badInput,
      401: noSession,
      404: {
        description: 'Not one of this customer’s orders in this store',
        schema: errorBodySchema,
      },
      429: limited,
    },
  }),
};
