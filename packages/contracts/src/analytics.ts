import { z } from 'zod';
import { currencySchema, languageSchema } from './common';
import { errorBodySchema } from './errors';
import { defineRoute } from './route';

// ----- storefront events -----

export const storefrontEventTypes = [
  'page_view',
  'product_view',
  'add_to_cart',
  'checkout_started',
] as const;
export type StorefrontEventType = (typeof storefrontEventTypes)[number];

/**
 * One beacon from a shopper's browser. `sessionId` is a random id the browser makes and keeps
 * for a visit; the cell stores only a hash of it, per day, to count distinct sessions.
 */
export const storefrontEventBodySchema = z
  .object({
    type: z.enum(storefrontEventTypes),
    sessionId: z
      .string()
      .regex(/^[A-Za-z0-9_-]{16,64}$/, 'must be 16 to 64 letters, digits, _ or -'),
    path: z
      .string()
      .max(2_000, 'must be at most 2000 characters')
      .regex(/^\//, 'must be a path starting with /')
      .optional(),
    productId: z.uuid({ error: 'must be a UUID' }).optional(),
  })
  .strict()
  .meta({ id: 'StorefrontEvent' });
export type StorefrontEventBody = z.infer<typeof storefrontEventBodySchema>;

// ----- the dashboard -----

/** A calendar day, `YYYY-MM-DD`, in the store's time zone. */
export const isoDaySchema = z.iso.date({ error: 'must be a date such as 2025-01-31' });

export const analyticsGranularities = ['day', 'week', 'month'] as const;

/** The longest period one summary covers, in days (both ends included). */
export const maxAnalyticsRangeDays = 366;

export const analyticsSummaryQuerySchema = z
  .object({
    from: isoDaySchema.optional().describe('First day; defaults to 29 days before `to`.'),
    to: isoDaySchema.optional().describe('Last day, included; defaults to today.'),
    granularity: z.enum(analyticsGranularities).default('day'),
  })
  .superRefine((query, ctx) => {
    if (!query.from || !query.to) return;
    const days = (Date.parse(query.to) - Date.parse(query.from)) / 86_400_000 + 1;
    if (days < 1)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
    else if (days > maxAnalyticsRangeDays) {
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: `must be at most ${maxAnalyticsRangeDays} days after from (both included)`,
      });
    }
  });
export type AnalyticsSummaryQuery = z.output<typeof analyticsSummaryQuerySchema>;

const rate = z
  .number()
  .nullable()
  .describe(
    'Paid orders per session, 0 to 1 (can pass 1 when shoppers opt out of tracking); null without sessions.',
  );

const figures = {
  sales: z.number().int().describe('Totals of orders paid in the period, in minor units.'),
  orders: z.number().int().describe('Orders paid in the period.'),
  sessions: z.number().int().describe('Distinct storefront sessions, counted per day.'),
  conversionRate: rate,
};

const topProductSchema = z.object({
  productId: z.string().nullable(),
  title: z.string(),
  quantity: z.number().int(),
  revenue: z.number().int().describe('Line totals, in minor units.'),
});

export const analyticsSummarySchema = z
  .object({
    from: z.string(),
    to: z.string(),
    granularity: z.enum(analyticsGranularities),
    currency: currencySchema,
    language: languageSchema,
    timeZone: z.string().describe('Days start and end at midnight here.'),
    totals: z.object({
      ...figures,
      refunded: z.number().int().describe('Refunded so far from those orders, in minor units.'),
      netSales: z.number().int().describe('sales minus refunded.'),
      averageOrderValue: z.number().int().describe('sales / orders, rounded; 0 without orders.'),
      pageViews: z.number().int(),
      productViews: z.number().int(),
      addToCarts: z.number().int(),
      checkoutsStarted: z.number().int(),
    }),
    series: z.array(
      z.object({
        date: z.string().describe('First day of the bucket.'),
        ...figures,
        pageViews: z.number().int(),
      }),
    ),
    topProducts: z.object({
      byRevenue: z.array(topProductSchema),
      byQuantity: z.array(topProductSchema),
    }),
  })
  .meta({ id: 'AnalyticsSummary' });
export type AnalyticsSummary = z.infer<typeof analyticsSummarySchema>;

export const analyticsRoutes = {
  recordEvent: defineRoute({
    operationId: 'recordStorefrontEvent',
    method: 'post',
    path: '/api/v1/events',
    summary: 'A storefront beacon: page view, product view, add to cart or checkout started',
    tags: ['storefront'],
    auth: 'none',
    body: storefrontEventBodySchema,
    responses: {
      202: { description: 'Counted' },
      400: { description: 'Invalid input', schema: errorBodySchema },
      404: { description: 'No such store, or the store is not live', schema: errorBodySchema },
      429: { description: 'Too many events from this address', schema: errorBodySchema },
    },
  }),
  summary: defineRoute({
    operationId: 'getAnalyticsSummary',
    method: 'get',
    path: '/api/v1/admin/analytics/summary',
    summary:
      'Sales, orders, average order value, sessions, conversion and top products over a period',
    tags: ['analytics'],
    auth: 'bearer',
    permission: 'analytics:read',
    query: analyticsSummaryQuerySchema,
    responses: {
      200: { description: 'The summary', schema: analyticsSummarySchema },
      400: { description: 'Invalid input', schema: errorBodySchema },
      401: { description: 'No or invalid token', schema: errorBodySchema },
      403: { description: 'The member’s role lacks the permission', schema: errorBodySchema },
      404: { description: 'No such store, or not a member', schema: errorBodySchema },
    },
  }),
};
