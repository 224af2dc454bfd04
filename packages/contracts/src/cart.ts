import { z } from 'zod';
import { countrySchema, emailSchema, languageSchema } from './common';
import { errorBodySchema } from './errors';
import { defineRoute } from './route';
import { couponCodeSchema, regionSchema } from './selling';

/** Cart ids are 32 random bytes: unguessable, so holding one is what grants access to a cart. */
export const cartIdSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'is not a cart id');
export const cartParamsSchema = z.object({ cartId: cartIdSchema });
export const cartLineParamsSchema = z.object({ cartId: cartIdSchema, variantId: z.uuid() });

export const quantitySchema = z
  .number()
  .int('must be a whole number')
  .min(1, 'must be at least 1')
  .max(999, 'must be at most 999');

export const addCartItemBodySchema = z
  .object({ variantId: z.uuid(), quantity: quantitySchema })
  .strict();
export const updateCartItemBodySchema = z
  .object({
    quantity: z
      .number()
      .int('must be a whole number')
      .min(0, 'must not be negative')
      .max(999, 'must be at most 999'),
  })
  .strict()
  .describe('0 removes the line.');
export const applyCouponBodySchema = z.object({ code: couponCodeSchema }).strict();
export const cartEmailBodySchema = z.object({ email: emailSchema }).strict();

export const shippingAddressSchema = z
  .object({
    name: z.string().trim().min(1).max(120).optional(),
    line1: z.string().trim().min(1).max(200).optional(),
    line2: z.string().trim().max(200).optional(),
    city: z.string().trim().min(1).max(120).optional(),
    region: regionSchema.optional(),
    postalCode: z.string().trim().min(1).max(20).optional(),
    country: countrySchema,
    phone: z
      .string()
      .trim()
      .regex(/^\+[1-9][0-9]{6,14}$/, 'must be in international format, for example +5511912345678')
      .optional(),
  })
  .strict()
  .meta({ id: 'ShippingAddress' });
export type ShippingAddress = z.infer<typeof shippingAddressSchema>;

export const selectShippingRateBodySchema = z.object({ rateId: z.uuid() }).strict();

export const cartProblemCodes = [
  'PRODUCT_UNAVAILABLE',
  'INSUFFICIENT_STOCK',
  'PRICE_CHANGED',
  'COUPON_NOT_APPLICABLE',
  'SHIPPING_UNAVAILABLE',
] as const;

export const cartProblemSchema = z.object({
  code: z.enum(cartProblemCodes),
  message: z.string(),
  variantId: z.uuid().optional(),
  available: z
    .number()
    .int()
    .optional()
    .describe('INSUFFICIENT_STOCK: units that can still be bought.'),
  previousPrice: z.number().int().optional(),
  price: z.number().int().optional(),
});
export type CartProblem = z.infer<typeof cartProblemSchema>;

export const cartSchema = z
  .object({
    id: cartIdSchema,
    currency: z.string(),
    lines: z.array(
      z.object({
        variantId: z.uuid(),
        productId: z.uuid().nullable(),
        handle: z.string().nullable(),
        title: z.string(),
        options: z.record(z.string(), z.string()),
        quantity: z.number().int(),
        unitPrice: z.number().int(),
        compareAtPrice: z.number().int().nullable(),
        lineTotal: z.number().int(),
        available: z.boolean(),
      }),
    ),
    itemCount: z.number().int(),
    subtotal: z.number().int(),
    discount: z.number().int(),
    shipping: z
      .number()
      .int()
      .nullable()
      .describe('null until a shipping address and rate are known.'),
    tax: z.number().int(),
    taxIncluded: z.boolean().describe('true: tax is part of the prices, shown for information.'),
    total: z.number().int(),
    coupon: z.object({ code: z.string(), kind: z.string(), value: z.number().int() }).nullable(),
    email: z.string().nullable(),
    shippingAddress: shippingAddressSchema.nullable(),
    shippingOptions: z.array(
      z.object({ id: z.uuid(), name: z.string(), amount: z.number().int() }),
    ),
    shippingRateId: z.uuid().nullable(),
    problems: z.array(cartProblemSchema).describe('What the shopper must see before paying.'),
    expiresAt: z.string(),
  })
  .meta({ id: 'Cart' });
export type Cart = z.infer<typeof cartSchema>;

export const startCheckoutBodySchema = z
  .object({
    locale: languageSchema.optional().describe('Language of the payment page and emails.'),
  })
  .strict();

export const checkoutStartedSchema = z
  .object({
    checkoutId: z.uuid(),
    orderId: z.uuid(),
    orderNumber: z.number().int(),
    url: z.string().describe('Stripe Checkout page to redirect the shopper to.'),
    expiresAt: z.string(),
  })
  .meta({ id: 'CheckoutStarted' });

const badInput = { description: 'Invalid input', schema: errorBodySchema };
const notFound = { description: 'No such cart or product in this store', schema: errorBodySchema };
const cartReply = { description: 'The cart, priced by the server', schema: cartSchema };

export const cartRoutes = {
  create: defineRoute({
    operationId: 'createCart',
    method: 'post',
    path: '/api/v1/carts',
    summary: 'Start a cart',
    tags: ['cart'],
    auth: 'none',
    responses: {
      201: cartReply,
      404: { description: 'No such store, or not live', schema: errorBodySchema },
      429: { description: 'Too many requests', schema: errorBodySchema },
    },
  }),
  get: defineRoute({
    operationId: 'getCart',
    method: 'get',
    path: '/api/v1/carts/:cartId',
    summary: 'The cart, re-priced now, with anything that changed since',
    tags: ['cart'],
    auth: 'none',
    params: cartParamsSchema,
    responses: { 200: cartReply, 400: badInput, 404: notFound },
  }),
  addItem: defineRoute({
    operationId: 'addCartItem',
    method: 'post',
    path: '/api/v1/carts/:cartId/items',
    summary: 'Add units of a variant',
    tags: ['cart'],
    auth: 'none',
    params: cartParamsSchema,
    body: addCartItemBodySchema,
    responses: {
      200: cartReply,
      400: badInput,
      404: notFound,
      409: {
        description: 'Not enough stock, or the product is no longer sold',
        schema: errorBodySchema,
      },
    },
  }),
  updateItem: defineRoute({
    operationId: 'updateCartItem',
    method: 'patch',
    path: '/api/v1/carts/:cartId/items/:variantId',
    summary: 'Change a line’s quantity (0 removes it)',
    tags: ['cart'],
    auth: 'none',
    params: cartLineParamsSchema,
    body: updateCartItemBodySchema,
    responses: {
      200: cartReply,
      400: badInput,
      404: notFound,
      409: { description: 'Not enough stock', schema: errorBodySchema },
    },
  }),
  removeItem: defineRoute({
    operationId: 'removeCartItem',
    method: 'delete',
    path: '/api/v1/carts/:cartId/items/:variantId',
    summary: 'Remove a line',
    tags: ['cart'],
    auth: 'none',
    params: cartLineParamsSchema,
    responses: { 200: cartReply, 400: badInput, 404: notFound },
  }),
  applyCoupon: defineRoute({
    operationId: 'applyCoupon',
    method: 'put',
    path: '/api/v1/carts/:cartId/coupon',
    summary: 'Apply a coupon code',
    tags: ['cart'],
    auth: 'none',
    params: cartParamsSchema,
    body: applyCouponBodySchema,
    responses: {
      200: cartReply,
      400: badInput,
      404: notFound,
      422: {
        description: 'The code is unknown, expired, used up or its minimum is not met',
        schema: errorBodySchema,
      },
    },
  }),
  removeCoupon: defineRoute({
    operationId: 'removeCoupon',
    method: 'delete',
    path: '/api/v1/carts/:cartId/coupon',
    summary: 'Remove the coupon',
    tags: ['cart'],
    auth: 'none',
    params: cartParamsSchema,
    responses: { 200: cartReply, 400: badInput, 404: notFound },
  }),
  setEmail: defineRoute({
    operationId: 'setCartEmail',
    method: 'put',
    path: '/api/v1/carts/:cartId/email',
    summary: 'Where the order confirmation goes',
    tags: ['cart'],
    auth: 'none',
    params: cartParamsSchema,
    body: cartEmailBodySchema,
    responses: { 200: cartReply, 400: badInput, 404: notFound },
  }),
  setShippingAddress: defineRoute({
    operationId: 'setCartShippingAddress',
    method: 'put',
    path: '/api/v1/carts/:cartId/shipping-address',
    summary: 'Where to ship; returns the shipping options and the tax for it',
    tags: ['cart'],
    auth: 'none',
    params: cartParamsSchema,
    body: shippingAddressSchema,
    responses: { 200: cartReply, 400: badInput, 404: notFound },
  }),
  selectShippingRate: defineRoute({
    operationId: 'selectCartShippingRate',
    method: 'put',
    path: '/api/v1/carts/:cartId/shipping-rate',
    summary: 'Choose one of the shipping options',
    tags: ['cart'],
    auth: 'none',
    params: cartParamsSchema,
    body: selectShippingRateBodySchema,
    responses: { 200: cartReply, 400: badInput, 404: notFound },
  }),
  checkout: defineRoute({
    operationId: 'startCheckout',
    method: 'post',
    path: '/api/v1/carts/:cartId/checkout',
    summary:
      'Reserve the stock and start a Stripe Checkout session; idempotent for an unchanged cart',
    tags: ['cart'],
    auth: 'none',
    params: cartParamsSchema,
    body: startCheckoutBodySchema,
    responses: {
      201: { description: 'Redirect the shopper to `url`', schema: checkoutStartedSchema },
      400: badInput,
      404: notFound,
      409: {
        description: 'The cart needs review, stock ran out, or the store takes no payments yet',
        schema: errorBodySchema,
      },
      422: { description: 'The coupon no longer applies', schema: errorBodySchema },
      429: { description: 'Too many requests', schema: errorBodySchema },
      503: { description: 'The payment provider is unavailable; retry', schema: errorBodySchema },
    },
  }),
};
