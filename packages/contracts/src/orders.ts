import { z } from 'zod';
import { moneySchema, uuidSchema } from './common';
import { errorBodySchema } from './errors';
import { defineRoute } from './route';

/** Every status an order can have; `lifecycle.ts` in the cell decides which may follow which. */
export const orderStatuses = [
  'created',
  'paid',
  'shipped',
  'delivered',
  'cancelled',
  'refunded',
] as const;
export const orderStatusSchema = z.enum(orderStatuses);
export type OrderStatusName = (typeof orderStatuses)[number];

export const orderParamsSchema = z.object({ orderId: uuidSchema });

/**
 * A status link's token (24 random bytes, base64url). Anything else, or none, is not refused
 * as invalid input: it is the same 404 as a wrong token, so probing learns nothing.
 */
export const orderStatusTokenSchema = z.string().max(256).optional();

/** `YYYY-MM-DD` (UTC day) or an ISO 8601 date-time with offset. */
export const dateBoundSchema = z.union([z.iso.datetime({ offset: true }), z.iso.date()], {
  error: 'must be an ISO 8601 date (YYYY-MM-DD) or date-time with offset',
});

export const adminOrderQuerySchema = z
  .object({
    status: orderStatusSchema.optional(),
    q: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(200, 'must be at most 200 characters')
      .optional()
      .describe('An order number (`1042` or `#1042`) or part of the buyer’s email.'),
    from: dateBoundSchema
      .optional()
      .describe('Placed at or after this instant; a date means from the start of that UTC day.'),
    to: dateBoundSchema
      .optional()
      .describe('Placed before this instant; a date includes the whole of that UTC day.'),
    limit: z.coerce.number().int().min(1).max(100).default(25),
    cursor: z.string().max(200).optional().describe('`nextCursor` of the previous page.'),
  })
  .strict();
export type AdminOrderQuery = z.output<typeof adminOrderQuerySchema>;

export const orderTotalsSchema = z
  .object({
    currency: z.string(),
    subtotal: z.number().int(),
    discount: z.number().int(),
    shipping: z.number().int(),
    tax: z.number().int(),
    taxIncluded: z.boolean().describe('true: `tax` is part of the prices, shown for information.'),
    total: z.number().int(),
    refunded: z.number().int().describe('Sum of the refunds that succeeded.'),
  })
  .describe('Money in minor units of `currency`.')
  .meta({ id: 'OrderTotals' });

export const orderLineSchema = z
  .object({
    id: z.uuid(),
    productId: z.uuid().nullable(),
    variantId: z.uuid().nullable(),
    title: z.string(),
    sku: z.string().nullable(),
    quantity: z.number().int(),
    unitPrice: z.number().int(),
    total: z.number().int(),
  })
  .meta({ id: 'OrderLine' });

export const orderAddressSchema = z
  .object({
    name: z.string().optional(),
    line1: z.string().optional(),
    line2: z.string().optional(),
    city: z.string().optional(),
    region: z.string().optional(),
    postalCode: z.string().optional(),
    country: z.string().optional(),
    phone: z.string().optional(),
  })
  .meta({ id: 'OrderAddress' });

export const shipmentSchema = z
  .object({
    carrier: z.string(),
    trackingNumber: z.string(),
    trackingUrl: z.string().nullable(),
    shippedAt: z.string(),
    deliveredAt: z.string().nullable(),
  })
  .meta({ id: 'Shipment' });

export const refundStatuses = ['pending', 'succeeded', 'failed'] as const;

export const refundSchema = z
  .object({
    id: z.uuid(),
    amount: z.number().int(),
    currency: z.string(),
    status: z.enum(refundStatuses),
    reason: z.string().nullable(),
    restock: z.boolean(),
    stripeRefundId: z.string().nullable(),
    createdBy: z.string().nullable().describe('User id of the member who refunded.'),
    createdAt: z.string(),
  })
  .meta({ id: 'Refund' });

export const orderActorTypes = ['member', 'customer', 'stripe', 'system'] as const;

export const orderTimelineEntrySchema = z
  .object({
    id: z.string(),
    type: z
      .string()
      .describe('A status (`paid`, `shipped`, …) or a note such as `refund` or `stock_shortage`.'),
    fromStatus: orderStatusSchema.nullable(),
    toStatus: orderStatusSchema.nullable(),
    actor: z.object({ type: z.enum(orderActorTypes), id: z.string().nullable() }),
    data: z.record(z.string(), z.unknown()),
    at: z.string(),
  })
  .meta({ id: 'OrderTimelineEntry' });

export const adminOrderSummarySchema = z
  .object({
    id: z.uuid(),
    number: z.number().int(),
    status: orderStatusSchema,
    email: z.string().nullable(),
    currency: z.string(),
    total: z.number().int(),
    refunded: z.number().int(),
    itemCount: z.number().int(),
    createdAt: z.string(),
    paidAt: z.string().nullable(),
  })
  .meta({ id: 'AdminOrderSummary' });

export const adminOrderPageSchema = z.object({
  items: z.array(adminOrderSummarySchema),
  nextCursor: z.string().nullable(),
});
export type AdminOrderSummary = z.infer<typeof adminOrderSummarySchema>;
export type AdminOrderPage = z.infer<typeof adminOrderPageSchema>;

export const adminOrderSchema = z
  .object({
    id: z.uuid(),
    number: z.number().int(),
    status: orderStatusSchema,
    email: z.string().nullable(),
    customerId: z.uuid().nullable(),
    locale: z.string(),
    totals: orderTotalsSchema,
    refundable: z.number().int().describe('What can still be refunded, in minor units.'),
    lines: z.array(orderLineSchema),
    shippingMethod: z.string().nullable(),
    shippingAddress: orderAddressSchema.nullable(),
    couponCode: z.string().nullable(),
    payment: z.object({
      provider: z.literal('stripe'),
      checkoutId: z.uuid().nullable().describe('Our checkout of the order.'),
      stripeCheckoutSessionId: z.string().nullable(),
      stripePaymentIntentId: z.string().nullable(),
    }),
    shipments: z.array(shipmentSchema),
    refunds: z.array(refundSchema),
    timeline: z.array(orderTimelineEntrySchema).describe('Oldest first, with who did each step.'),
    createdAt: z.string(),
    paidAt: z.string().nullable(),
    cancelledAt: z.string().nullable(),
  })
  .meta({ id: 'AdminOrder' });
export type AdminOrder = z.infer<typeof adminOrderSchema>;

export const shipOrderBodySchema = z
  .object({
    carrier: z.string().trim().min(1, 'must not be empty').max(80),
    trackingNumber: z.string().trim().min(1, 'must not be empty').max(100),
    trackingUrl: z
      .string()
      .trim()
      .max(500)
      .pipe(z.url({ protocol: /^https?$/, error: 'must be an http or https URL' }))
      .optional(),
  })
  .strict()
  .meta({ id: 'ShipOrder' });

export const cancelOrderBodySchema = z
  .object({ reason: z.string().trim().min(1, 'must not be empty').max(500) })
  .strict()
  .meta({ id: 'CancelOrder' });

export const refundOrderBodySchema = z
  .object({
    amount: moneySchema
      .min(1, 'must be at least 1')
      .describe('Minor units; at most what is still refundable.'),
    reason: z.string().trim().min(1, 'must not be empty').max(500).optional(),
    restock: z
      .boolean()
      .default(false)
      .describe('Put the order’s units back in stock (only once per order).'),
  })
  .strict()
  .meta({ id: 'RefundOrder' });

/** Sent as the `Idempotency-Key` header of a refund: the same key is the same refund. */
export const idempotencyKeySchema = z
  .string({ error: 'is required' })
  .regex(/^[\x21-\x7e]{8,255}$/, 'must be 8 to 255 visible ASCII characters');

export const refundResultSchema = z
  .object({ refund: refundSchema, order: adminOrderSchema })
  .meta({ id: 'RefundResult' });

// ----- the buyer's view -----

export const buyerOrderSchema = z
  .object({
    id: z.uuid(),
    number: z.number().int(),
    status: orderStatusSchema,
    placedAt: z.string(),
    totals: orderTotalsSchema,
    lines: z.array(
      z.object({
        title: z.string(),
        sku: z.string().nullable(),
        quantity: z.number().int(),
        unitPrice: z.number().int(),
        total: z.number().int(),
      }),
    ),
    shippingMethod: z.string().nullable(),
    shippingAddress: z
      .object({
        name: z.string().nullable(),
        city: z.string().nullable(),
        region: z.string().nullable(),
        country: z.string().nullable(),
      })
      .nullable(),
    shipments: z.array(shipmentSchema),
    timeline: z
      .array(z.object({ status: orderStatusSchema, at: z.string() }))
      .describe('Status changes only, oldest first.'),
  })
  .meta({ id: 'BuyerOrder' });
export type BuyerOrder = z.infer<typeof buyerOrderSchema>;

export const guestOrderQuerySchema = z
  .object({ token: orderStatusTokenSchema.describe('From the order-status link.') })
  .passthrough();

const badInput = {
  description: 'Invalid input; `fields` names each field',
  schema: errorBodySchema,
};
const unauthenticated = { description: 'No or invalid token', schema: errorBodySchema };
const forbidden = { description: 'Your role does not allow this', schema: errorBodySchema };
const notFound = {
  description: 'No such order in this store (or not a member of it)',
  schema: errorBodySchema,
};
const wrongState = {
  description: 'The order’s status does not allow this (`INVALID_STATE`)',
  schema: errorBodySchema,
};
const stripeDown = {
  description: 'The payment provider is unavailable; nothing was done, retry',
  schema: errorBodySchema,
};
const order = { description: 'The order', schema: adminOrderSchema };
const tags = ['orders-admin'];

export const adminOrderRoutes = {
  list: defineRoute({
    operationId: 'listOrders',
    method: 'get',
    path: '/api/v1/admin/orders',
    summary: 'The store’s orders, newest first, with filters; keyset pages',
    tags,
    auth: 'bearer',
    permission: 'orders:read',
    query: adminOrderQuerySchema,
    responses: {
      200: { description: 'A page of orders', schema: adminOrderPageSchema },
      400: badInput,
      401: unauthenticated,
      403: forbidden,
      404: notFound,
    },
  }),
  get: defineRoute({
    operationId: 'getOrder',
    method: 'get',
    path: '/api/v1/admin/orders/:orderId',
    summary: 'One order: lines, totals, shipping, payment, shipments, refunds and timeline',
    tags,
    auth: 'bearer',
    permission: 'orders:read',
    params: orderParamsSchema,
    responses: { 200: order, 400: badInput, 401: unauthenticated, 403: forbidden, 404: notFound },
  }),
  ship: defineRoute({
    operationId: 'shipOrder',
    method: 'post',
    path: '/api/v1/admin/orders/:orderId/shipments',
    summary:
      'Mark a paid order shipped with its tracking; repeating it with the same tracking changes nothing',
    tags,
    auth: 'bearer',
    permission: 'orders:fulfil',
    params: orderParamsSchema,
    body: shipOrderBodySchema,
    responses: {
      200: order,
      400: badInput,
      401: unauthenticated,
      403: forbidden,
      404: notFound,
      409: wrongState,
    },
  }),
  deliver: defineRoute({
    operationId: 'markOrderDelivered',
    method: 'post',
    path: '/api/v1/admin/orders/:orderId/delivery',
    summary: 'Mark a shipped order delivered; idempotent',
    tags,
    auth: 'bearer',
    permission: 'orders:fulfil',
    params: orderParamsSchema,
    responses: {
      200: order,
      400: badInput,
      401: unauthenticated,
      403: forbidden,
      404: notFound,
      409: wrongState,
    },
  }),
  cancel: defineRoute({
    operationId: 'cancelOrder',
    method: 'post',
    path: '/api/v1/admin/orders/:orderId/cancellation',
    summary:
      'Cancel an unpaid order (its stock hold and coupon use are released, its payment page closed) or a paid, unshipped one (refunded in full, stock returned)',
    tags,
    auth: 'bearer',
    permission: 'orders:cancel',
    params: orderParamsSchema,
    body: cancelOrderBodySchema,
    responses: {
      200: order,
      400: badInput,
      401: unauthenticated,
      403: forbidden,
      404: notFound,
      409: wrongState,
      503: stripeDown,
    },
  }),
  refund: defineRoute({
    operationId: 'refundOrder',
    method: 'post',
    path: '/api/v1/admin/orders/:orderId/refunds',
    summary:
      'Refund part or all of a paid order through Stripe. Requires an `Idempotency-Key` header: the same key returns the same refund (header `Idempotent-Replayed: true`) and never refunds twice',
    tags,
    auth: 'bearer',
    permission: 'orders:refund',
    params: orderParamsSchema,
    body: refundOrderBodySchema,
    responses: {
      201: { description: 'The refund and the order after it', schema: refundResultSchema },
      400: {
        description:
          'Invalid input, missing `Idempotency-Key`, or `amount` above what is still refundable',
        schema: errorBodySchema,
      },
      401: unauthenticated,
      403: forbidden,
      404: notFound,
      409: wrongState,
      422: {
        description: 'The `Idempotency-Key` was used for a different refund',
        schema: errorBodySchema,
      },
      503: stripeDown,
    },
  }),
  packingSlip: defineRoute({
    operationId: 'getOrderPackingSlip',
    method: 'get',
    path: '/api/v1/admin/orders/:orderId/packing-slip',
    summary: 'A print-ready packing slip (text/html) in the store’s language',
    tags,
    auth: 'bearer',
    permission: 'orders:read',
    params: orderParamsSchema,
    responses: {
      200: { description: 'The packing slip (text/html; charset=utf-8)' },
      400: badInput,
      401: unauthenticated,
      403: forbidden,
      404: notFound,
    },
  }),
};

export const publicOrderRoutes = {
  status: defineRoute({
    operationId: 'getOrderStatus',
    method: 'get',
    path: '/api/v1/orders/:orderId',
    summary: 'A guest’s order status, with the token of the order-status link',
    tags: ['orders'],
    auth: 'none',
    params: orderParamsSchema,
    query: guestOrderQuerySchema,
    responses: {
      200: { description: 'The order', schema: buyerOrderSchema },
      400: badInput,
      404: {
        description: 'No such order, or the token does not match: the two are indistinguishable',
        schema: errorBodySchema,
      },
      429: { description: 'Too many requests', schema: errorBodySchema },
    },
  }),
};
