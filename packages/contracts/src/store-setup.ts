import { z } from 'zod';
import { countrySchema, currencySchema, languageSchema, moneySchema, nicheSchema } from './common';
import { errorBodySchema } from './errors';
import { defineRoute } from './route';
import { regionSchema, shippingZoneSchema, storeSettingsSchema, taxRateSchema } from './selling';

// ----- shipping and taxes (wizard step 6) -----

const proposedTaxRateSchema = z
  .object({
    name: z.string().trim().min(1).max(80),
    region: regionSchema.nullable().default(null).describe('Null: the whole country.'),
    rateBps: z.number().int().min(0).max(10_000).describe('Basis points: 1800 is 18%.'),
    appliesToShipping: z.boolean().default(false),
  })
  .strict();

export const setupDefaultsQuerySchema = z.object({
  country: countrySchema.optional().describe('Defaults to the store’s own country.'),
});

export const shippingAndTaxesDefaultsSchema = z
  .object({
    country: z.string(),
    currency: currencySchema.describe('The store’s currency: every amount is in its minor units.'),
    countryCurrency: currencySchema.describe('The currency usually used in the country.'),
    language: languageSchema.describe('The platform language closest to the country’s.'),
    zoneName: z.string().describe('Name of the domestic shipping zone, in the store’s language.'),
    flatRate: z.number().int().describe('Domestic flat shipping rate, in minor units.'),
    freeOver: z
      .number()
      .int()
      .nullable()
      .describe('Order subtotal from which shipping is free; null: never free.'),
    taxInclusive: z.boolean().describe('Whether prices in the country usually include tax.'),
    taxRates: z.array(
      z.object({
        name: z.string(),
        region: z.string().nullable(),
        rateBps: z.number().int(),
        appliesToShipping: z.boolean(),
      }),
    ),
    taxNote: z
      .enum(['included-in-price', 'standard-rate', 'per-region', 'none'])
      .describe(
        'included-in-price: nothing is added at checkout; standard-rate: the usual rate is proposed; ' +
          'per-region: the merchant adds the rates of the regions they sell to; none: no proposal.',
      ),
  })
  .meta({ id: 'ShippingAndTaxesDefaults' });
export type ShippingAndTaxesDefaults = z.infer<typeof shippingAndTaxesDefaultsSchema>;

export const applyShippingAndTaxesBodySchema = z
  .object({
    country: countrySchema,
    zoneName: z.string().trim().min(1).max(80).optional(),
    flatRate: moneySchema,
    freeOver: moneySchema.min(1, 'must be above zero, or null').nullable(),
    taxInclusive: z.boolean(),
    taxRates: z.array(proposedTaxRateSchema).max(100, 'at most 100 rates'),
  })
  .strict()
  .superRefine((body, ctx) => {
    const seen = new Set<string>();
    body.taxRates.forEach((rate, index) => {
      if (rate.region !== null && !rate.region.startsWith(`${body.country}-`)) {
        ctx.addIssue({
          code: 'custom',
          path: ['taxRates', index, 'region'],
          message: `must be a region of ${body.country}`,
        });
      }
      const place = rate.region ?? '';
      if (seen.has(place)) {
        ctx.addIssue({
          code: 'custom',
          path: ['taxRates', index, 'region'],
          message: 'has another rate in this list',
        });
      }
      seen.add(place);
    });
  })
  .meta({ id: 'ApplyShippingAndTaxes' });
export type ApplyShippingAndTaxesBody = z.output<typeof applyShippingAndTaxesBodySchema>;

export const shippingAndTaxesSchema = z
  .object({
    shippingZone: shippingZoneSchema,
    taxRates: z.array(taxRateSchema).describe('Every tax rate of the store after the change.'),
    settings: storeSettingsSchema,
  })
  .meta({ id: 'ShippingAndTaxes' });

// ----- sample catalog (wizard step 4) -----

export const sampleCatalogBodySchema = z
  .object({
    niche: nicheSchema.optional().describe('Defaults to the store’s niche.'),
  })
  .strict();

export const sampleCatalogSchema = z
  .object({
    loaded: z.boolean().describe('Whether any sample product is in the catalog.'),
    products: z.array(
      z.object({
        id: z.uuid(),
        title: z.string(),
        handle: z.string(),
        status: z.enum(['draft', 'active', 'archived']),
        niche: nicheSchema,
      }),
    ),
  })
  .meta({ id: 'SampleCatalog' });

export const sampleCatalogRemovalSchema = z
  .object({
    deleted: z.number().int().describe('Sample products deleted.'),
    archived: z
      .number()
      .int()
      .describe('Sample products already ordered, archived instead so their orders stay whole.'),
  })
  .meta({ id: 'SampleCatalogRemoval' });

const badInput = { description: 'Invalid input', schema: errorBodySchema };
const unauthenticated = { description: 'No or invalid token', schema: errorBodySchema };
const forbidden = {
  description: 'The member’s role lacks the permission',
  schema: errorBodySchema,
};
const notFound = { description: 'No such store, or not a member', schema: errorBodySchema };

export const storeSetupRoutes = {
  defaults: defineRoute({
    operationId: 'getShippingAndTaxesDefaults',
    method: 'get',
    path: '/api/v1/admin/setup/defaults',
    summary: 'Shipping and tax defaults proposed for a country, in the store’s currency',
    tags: ['setup'],
    auth: 'bearer',
    permission: 'settings:read',
    query: setupDefaultsQuerySchema,
    responses: {
      200: { description: 'The proposal', schema: shippingAndTaxesDefaultsSchema },
      400: badInput,
      401: unauthenticated,
      403: forbidden,
      404: notFound,
    },
  }),
  apply: defineRoute({
    operationId: 'applyShippingAndTaxes',
    method: 'post',
    path: '/api/v1/admin/setup/shipping-and-taxes',
    summary:
      'Sets the domestic shipping zone, tax rates and tax mode; applying again updates the same zone',
    tags: ['setup'],
    auth: 'bearer',
    permission: 'settings:write',
    body: applyShippingAndTaxesBodySchema,
    responses: {
      200: { description: 'What the store now has', schema: shippingAndTaxesSchema },
      400: badInput,
      401: unauthenticated,
      403: forbidden,
      404: notFound,
    },
  }),
};

export const sampleCatalogRoutes = {
  get: defineRoute({
    operationId: 'getSampleCatalog',
    method: 'get',
    path: '/api/v1/admin/sample-catalog',
    summary: 'The sample products in the catalog, if any',
    tags: ['setup'],
    auth: 'bearer',
    permission: 'catalog:read',
    responses: {
      200: { description: 'The sample products', schema: sampleCatalogSchema },
      401: unauthenticated,
      403: forbidden,
      404: notFound,
    },
  }),
  load: defineRoute({
    operationId: 'loadSampleCatalog',
    method: 'post',
    path: '/api/v1/admin/sample-catalog',
    summary:
      'Adds a niche’s sample products, priced in the store’s currency; loading twice adds nothing',
    tags: ['setup'],
    auth: 'bearer',
    permission: 'catalog:write',
    body: sampleCatalogBodySchema,
    responses: {
      200: { description: 'The sample products now in the catalog', schema: sampleCatalogSchema },
      400: badInput,
      401: unauthenticated,
      403: forbidden,
      404: notFound,
    },
  }),
  remove: defineRoute({
    operationId: 'removeSampleCatalog',
    method: 'delete',
    path: '/api/v1/admin/sample-catalog',
    summary: 'Removes the sample products (ordered ones are archived); the merchant’s own stay',
    tags: ['setup'],
    auth: 'bearer',
    permission: 'catalog:write',
    responses: {
      200: { description: 'What was removed', schema: sampleCatalogRemovalSchema },
      401: unauthenticated,
      403: forbidden,
      404: notFound,
    },
  }),
};
