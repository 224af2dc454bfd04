import { z } from 'zod';
import { idParamsSchema } from './common';
import { errorBodySchema } from './errors';
import { defineRoute } from './route';

export const paymentStatusSchema = z
  .object({
    provider: z.literal('stripe'),
    accountId: z.string().nullable(),
    chargesEnabled: z.boolean(),
    detailsSubmitted: z.boolean(),
  })
  .meta({ id: 'PaymentStatus' });

export const onboardingBodySchema = z
  .object({
    returnPath: z
      .string()
      .regex(/^\/[^/\\]/, 'must be a path on the admin, such as /stores/<id>')
      .max(300)
      .default('/stores')
      .describe('Where Stripe sends the merchant back to in the admin.'),
  })
  .strict();

export const onboardingResponseSchema = paymentStatusSchema.extend({
  url: z
    .string()
    .describe('Stripe’s onboarding page for the connected account; valid for minutes.'),
});

const notFound = { description: 'No such store among yours', schema: errorBodySchema };

export const paymentRoutes = {
  onboarding: defineRoute({
    operationId: 'startStripeOnboarding',
    method: 'post',
    path: '/api/v1/tenants/:id/payments/stripe/onboarding',
    summary:
      'Connect the store’s Stripe account (creates it on first use) and get the onboarding link',
    tags: ['payments'],
    auth: 'bearer',
    params: idParamsSchema,
    body: onboardingBodySchema,
    responses: {
      200: { description: 'Redirect the merchant to `url`', schema: onboardingResponseSchema },
      400: { description: 'Invalid input', schema: errorBodySchema },
      401: { description: 'Not signed in', schema: errorBodySchema },
      403: { description: 'Only owners and admins connect payments', schema: errorBodySchema },
      404: notFound,
      409: { description: 'The store is not ready yet', schema: errorBodySchema },
      503: {
        description: 'Stripe or the store’s cell is unavailable; retry',
        schema: errorBodySchema,
      },
    },
  }),
  status: defineRoute({
    operationId: 'getPaymentStatus',
    method: 'get',
    path: '/api/v1/tenants/:id/payments',
    summary: 'Whether the store can take payments',
    tags: ['payments'],
    auth: 'bearer',
    params: idParamsSchema,
    responses: {
      200: { description: 'Payment status', schema: paymentStatusSchema },
      400: { description: 'Invalid id', schema: errorBodySchema },
      401: { description: 'Not signed in', schema: errorBodySchema },
      404: notFound,
    },
  }),
  webhook: defineRoute({
    operationId: 'receiveStripeWebhook',
    method: 'post',
    path: '/api/v1/webhooks/stripe',
    summary:
      'Stripe’s events for every connected account, verified by signature and routed to the store’s cell',
    tags: ['payments'],
    auth: 'none',
    responses: {
      200: {
        description: 'Received',
        schema: z.object({ received: z.literal(true), outcome: z.string() }),
      },
      400: {
        description: 'Missing, forged or stale signature: nothing was done',
        schema: errorBodySchema,
      },
      503: {
        description: 'The store’s cell is unavailable; Stripe retries',
        schema: errorBodySchema,
      },
    },
  }),
};
