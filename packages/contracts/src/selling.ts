import { z } from 'zod';
import { countrySchema, emailSchema, idParamsSchema, moneySchema } from './common';
import {
  displayCurrenciesInputSchema,
  displayCurrencySchema,
  storeLanguagesInputSchema,
} from './display-currencies';
import { errorBodySchema } from './errors';
import type { Permission } from './permissions';
import { defineRoute, type ResponseSpec } from './route';

/** ISO 3166-2 subdivision such as `BR-SP` or `US-CA`. */
export const regionSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'must be an ISO 3166-2 code such as BR-SP');

const isoDate = z.iso.datetime({
  offset: true,
  error: 'must be an ISO 8601 date-time with offset',
});

// ----- store settings -----

export const storeSettingsSchema = z
  .object({
    pricesIncludeTax: z
      .boolean()
      .describe('Prices already contain tax (common in Brazil and Europe).'),
    supportEmail: z.string().nullable(),
    payments: z.object({
      provider: z.literal('stripe'),
      connected: z.boolean(),
      chargesEnabled: z.boolean(),
    }),
    currency: z
      .string()
      .describe(
        'The store’s currency: prices, checkout and payouts. Set with the store’s identity.',
      ),
    defaultLanguage: z
      .string()
      .describe('The store’s language, set with its identity; always among `languages`.'),
    languages: z
      .array(z.string())
      .describe(
        'Languages of the storefront’s own text (menus, buttons, emails) shoppers may choose; ' +
          'products and pages stay as the merchant wrote them.',
      ),
    displayCurrencies: z
      .array(displayCurrencySchema)
      .describe(
        'Extra currencies the storefront shows approximate prices in; checkout always charges ' +
          'the store’s currency.',
      ),
  })
  .meta({ id: 'StoreSettings' });
export type StoreSettings = z.infer<typeof storeSettingsSchema>;

export const updateStoreSettingsBodySchema = z
  .object({
    pricesIncludeTax: z.boolean().optional(),
    supportEmail: emailSchema.nullable().optional(),
    languages: storeLanguagesInputSchema
      .optional()
      .describe('The whole set of enabled languages; must include the default language.'),
    displayCurrencies: displayCurrenciesInputSchema
      .optional()
      .describe(
        'The whole list of display currencies (at most 10, not the store’s own); [] removes all.',
      ),
  })
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'must change at least one field');

// ----- coupons -----

export const couponKinds = ['percentage', 'fixed', 'free_shipping'] as const;
export const couponCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .min(3, 'must be at least 3 characters')
  .max(32, 'must be at most 32 characters')
  .regex(/^[A-Z0-9_-]+$/, 'may contain letters, digits, _ and -');

const couponFields = {
  code: couponCodeSchema,
  kind: z.enum(couponKinds),
  value: z
    .number()
    .int()
    .min(0)
    .max(100_000_000_000)
    .describe('percentage: whole percent 1–100; fixed: minor units; free_shipping: 0'),
  minSubtotal: moneySchema.default(0),
  startsAt: isoDate.nullable().default(null),
  endsAt: isoDate.nullable().default(null),
  usageLimit: z.number().int().min(1).nullable().default(null),
  perCustomerLimit: z.number().int().min(1).nullable().default(null),
  active: z.boolean().default(true),
};

function checkCoupon(
  coupon: { kind?: string; value?: number; startsAt?: string | null; endsAt?: string | null },
  ctx: z.RefinementCtx,
) {
  if (
    coupon.kind === 'percentage' &&
    coupon.value !== undefined &&
    (coupon.value < 1 || coupon.value > 100)
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['value'],
      message: 'a percentage must be from 1 to 100',
    });
  }
  if (coupon.kind === 'fixed' && coupon.value !== undefined && coupon.value < 1) {
    ctx.addIssue({
      code: 'custom',
      path: ['value'],
      message: 'a fixed discount must be at least 1',
    });
  }
  if (
    coupon.startsAt &&
    coupon.endsAt &&
    Date.parse(coupon.endsAt) <= Date.parse(coupon.startsAt)
  ) {
    ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'must be after startsAt' });
  }
}

export const createCouponBodySchema = z
  .object(couponFields)
  .strict()
  .superRefine(checkCoupon)
  .meta({ id: 'CreateCoupon' });
export const updateCouponBodySchema = z
  .object({
    value: couponFields.value.optional(),
    minSubtotal: moneySchema.optional(),
    startsAt: isoDate.nullable().optional(),
    endsAt: isoDate.nullable().optional(),
    usageLimit: z.number().int().min(1).nullable().optional(),
    perCustomerLimit: z.number().int().min(1).nullable().optional(),
    active: z.boolean().optional(),
  })
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'must change at least one field');

export const couponSchema = z
  .object({
    id: z.uuid(),
    code: z.string(),
    kind: z.enum(couponKinds),
    value: z.number().int(),
    minSubtotal: z.number().int(),
    startsAt: z.string().nullable(),
    endsAt: z.string().nullable(),
    usageLimit: z.number().int().nullable(),
    perCustomerLimit: z.number().int().nullable(),
    usedCount: z.number().int().describe('Redemptions held by open checkouts or paid orders.'),
    active: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'Coupon' });

// ----- shipping -----

export const shippingRateKinds = ['flat', 'weight', 'free_over', 'pickup'] as const;

export const shippingRateInputSchema = z
  .object({
    id: z.uuid().optional(),
    name: z.string().trim().min(1).max(80),
    kind: z.enum(shippingRateKinds),
    amount: moneySchema.default(0),
    minWeightGrams: z.number().int().min(0).nullable().default(null),
    maxWeightGrams: z.number().int().min(1).nullable().default(null),
    freeOverAmount: moneySchema.nullable().default(null),
  })
  .strict()
  .superRefine((rate, ctx) => {
    if (rate.kind === 'free_over' && rate.freeOverAmount === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['freeOverAmount'],
        message: 'is required for free_over rates',
      });
    }
    if (rate.kind === 'weight' && rate.minWeightGrams === null && rate.maxWeightGrams === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['maxWeightGrams'],
        message: 'a weight rate needs a range',
      });
    }
    if (
      rate.minWeightGrams !== null &&
      rate.maxWeightGrams !== null &&
      rate.maxWeightGrams <= rate.minWeightGrams
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['maxWeightGrams'],
        message: 'must be above minWeightGrams',
      });
    }
  });

export const shippingZoneBodySchema = z
  .object({
    name: z.string().trim().min(1).max(80),
    countries: z.array(countrySchema).min(1, 'needs at least one country').max(250),
    regions: z
      .array(regionSchema)
      .max(100)
      .default([])
      .describe('Empty: the whole of each country.'),
    position: z.number().int().min(0).max(1_000).default(0),
    rates: z.array(shippingRateInputSchema).min(1, 'needs at least one rate').max(20),
  })
  .strict()
  .meta({ id: 'ShippingZoneInput' });

export const shippingZoneSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    countries: z.array(z.string()),
    regions: z.array(z.string()),
    position: z.number().int(),
    rates: z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        kind: z.enum(shippingRateKinds),
        amount: z.number().int(),
        minWeightGrams: z.number().int().nullable(),
        maxWeightGrams: z.number().int().nullable(),
        freeOverAmount: z.number().int().nullable(),
      }),
    ),
  })
  .meta({ id: 'ShippingZone' });

// ----- taxes -----

export const taxRateBodySchema = z
  .object({
    name: z.string().trim().min(1).max(80),
    country: countrySchema,
    region: regionSchema.nullable().default(null),
    rateBps: z.number().int().min(0).max(10_000).describe('Basis points: 1800 is 18%.'),
    appliesToShipping: z.boolean().default(false),
  })
  .strict()
  .meta({ id: 'TaxRateInput' });

export const taxRateSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    country: z.string(),
    region: z.string().nullable(),
    rateBps: z.number().int(),
    appliesToShipping: z.boolean(),
  })
  .meta({ id: 'TaxRate' });

const badInput = { description: 'Invalid input', schema: errorBodySchema };
const unauthenticated = { description: 'No or invalid token', schema: errorBodySchema };
const notFound = {
  description: 'Not found in this store, or not a member',
  schema: errorBodySchema,
};

function crud<
  TBody extends z.ZodType,
  TUpdate extends z.ZodType,
  TItem extends z.ZodType,
>(options: {
  name: string;
  plural: string;
  path: string;
  body: TBody;
  update: TUpdate;
  item: TItem;
  conflict?: string;
  /** Who may read the list, and who may change it. */
  permissions: { read: Permission; write: Permission };
}) {
  const responses = { 400: badInput, 401: unauthenticated, 404: notFound };
  const conflict: Record<number, ResponseSpec> = options.conflict
    ? { 409: { description: options.conflict, schema: errorBodySchema } }
    : {};
  const base = `/api/v1/admin/${options.path}`;
  return {
    create: defineRoute({
      operationId: `create${options.name}`,
      method: 'post',
      path: base,
      summary: `Create a ${options.name.toLowerCase()}`,
      tags: ['selling-admin'],
      auth: 'bearer',
      permission: options.permissions.write,
      body: options.body,
      responses: {
        201: { description: 'Created', schema: options.item },
        ...responses,
        ...conflict,
      },
    }),
    list: defineRoute({
      operationId: `list${options.plural}`,
      method: 'get',
      path: base,
      summary: `The store’s ${options.plural.toLowerCase()}`,
      tags: ['selling-admin'],
      auth: 'bearer',
      permission: options.permissions.read,
      responses: {
        200: { description: 'List', schema: z.object({ items: z.array(options.item) }) },
        401: unauthenticated,
        404: notFound,
      },
    }),
    update: defineRoute({
      operationId: `update${options.name}`,
      method: 'patch',
      path: `${base}/:id`,
      summary: `Change a ${options.name.toLowerCase()}`,
      tags: ['selling-admin'],
      auth: 'bearer',
      permission: options.permissions.write,
      params: idParamsSchema,
      body: options.update,
      responses: {
        200: { description: 'Changed', schema: options.item },
        ...responses,
        ...conflict,
      },
    }),
    remove: defineRoute({
      operationId: `delete${options.name}`,
      method: 'delete',
      path: `${base}/:id`,
      summary: `Delete a ${options.name.toLowerCase()}`,
      tags: ['selling-admin'],
      auth: 'bearer',
      permission: options.permissions.write,
      params: idParamsSchema,
      responses: { 204: { description: 'Deleted' }, ...responses },
    }),
  };
}

export const couponRoutes = crud({
  name: 'Coupon',
  plural: 'Coupons',
  path: 'coupons',
  body: createCouponBodySchema,
  update: updateCouponBodySchema,
  item: couponSchema,
  permissions: { read: 'discounts:read', write: 'discounts:write' },
  conflict: 'Code already used in this store',
});

export const shippingZoneRoutes = crud({
  name: 'ShippingZone',
  plural: 'ShippingZones',
  path: 'shipping-zones',
  body: shippingZoneBodySchema,
  update: shippingZoneBodySchema.describe(
    'The whole zone, rates included (rates without an id are added, missing ones removed).',
  ),
  item: shippingZoneSchema,
  permissions: { read: 'settings:read', write: 'settings:write' },
});

export const taxRateRoutes = crud({
  name: 'TaxRate',
  plural: 'TaxRates',
  path: 'tax-rates',
  body: taxRateBodySchema,
  update: taxRateBodySchema,
  item: taxRateSchema,
  permissions: { read: 'settings:read', write: 'settings:write' },
  conflict: 'A rate already exists for this country and region',
});

export const settingsRoutes = {
  get: defineRoute({
    operationId: 'getStoreSettings',
    method: 'get',
    path: '/api/v1/admin/settings',
    summary: 'Selling settings of the store',
    tags: ['selling-admin'],
    auth: 'bearer',
    permission: 'settings:read',
    responses: {
      200: { description: 'Settings', schema: storeSettingsSchema },
      401: unauthenticated,
      404: notFound,
    },
  }),
  update: defineRoute({
    operationId: 'updateStoreSettings',
    method: 'patch',
    path: '/api/v1/admin/settings',
    summary: 'Change selling settings',
    tags: ['selling-admin'],
    auth: 'bearer',
    permission: 'settings:write',
    body: updateStoreSettingsBodySchema,
    responses: {
      200: { description: 'Settings', schema: storeSettingsSchema },
      400: badInput,
      401: unauthenticated,
      404: notFound,
    },
  }),
};
