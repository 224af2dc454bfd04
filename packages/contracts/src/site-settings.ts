import { z } from 'zod';
import { errorBodySchema } from './errors';
import { defineRoute } from './route';

/** A GA4 web stream's measurement id, as Google shows it: `G-` and 4 to 16 letters or digits. */
export const ga4MeasurementIdSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^G-[A-Z0-9]{4,16}$/, 'must be a GA4 measurement id such as G-AB12CD34EF');

/** A Meta (Facebook) pixel id: digits only. */
export const metaPixelIdSchema = z
  .string()
  .trim()
  .regex(/^\d{6,20}$/, 'must be a Meta pixel id: 6 to 20 digits');

/** An absolute http(s) URL of a public image (shared previews fetch it from anywhere). */
export const socialImageUrlSchema = z
  .string()
  .trim()
  .max(2_000, 'must be at most 2000 characters')
  .pipe(
    z.url({
      protocol: /^https?$/,
      hostname: z.regexes.domain,
      error: 'must be an http(s) URL with a domain name',
    }),
  );

const seoFields = {
  titleSuffix: z
    .string()
    .trim()
    .min(1, 'must not be empty; send null to use the store name')
    .max(60, 'must be at most 60 characters')
    .nullable()
    .describe('Follows every page title (“Product · suffix”); null: the store’s name.'),
  description: z
    .string()
    .trim()
    .max(320, 'must be at most 320 characters')
    .nullable()
    .describe('Meta description of pages that have none of their own.'),
  socialImageUrl: socialImageUrlSchema
    .nullable()
    .describe('Open Graph image of pages that have none of their own.'),
};

const analyticsFields = {
  ga4MeasurementId: ga4MeasurementIdSchema.nullable(),
  metaPixelId: metaPixelIdSchema.nullable(),
};

export const siteSettingsSchema = z
  .object({
    seo: z.object({
      titleSuffix: z.string().nullable(),
      description: z.string().nullable(),
      socialImageUrl: z.string().nullable(),
    }),
    analytics: z.object({
      ga4MeasurementId: z.string().nullable(),
      metaPixelId: z.string().nullable(),
    }),
  })
  .meta({ id: 'SiteSettings' });
export type SiteSettings = z.infer<typeof siteSettingsSchema>;

export const updateSiteSettingsBodySchema = z
  .object({
    seo: z
      .object({
        titleSuffix: seoFields.titleSuffix.optional(),
        description: seoFields.description.optional(),
        socialImageUrl: seoFields.socialImageUrl.optional(),
      })
      .strict()
      .optional(),
    analytics: z
      .object({
        ga4MeasurementId: analyticsFields.ga4MeasurementId.optional(),
        metaPixelId: analyticsFields.metaPixelId.optional(),
      })
      .strict()
      .optional(),
  })
  .strict()
  .refine(
    (body) => Object.keys(body.seo ?? {}).length + Object.keys(body.analytics ?? {}).length > 0,
    'must change at least one field',
  )
  .meta({ id: 'UpdateSiteSettings' });
export type UpdateSiteSettingsBody = z.output<typeof updateSiteSettingsBodySchema>;

const unauthenticated = { description: 'No or invalid token', schema: errorBodySchema };
const forbidden = {
  description: 'The member’s role lacks the permission',
  schema: errorBodySchema,
};
const notFound = { description: 'No such store, or not a member', schema: errorBodySchema };

export const siteSettingsRoutes = {
  get: defineRoute({
    operationId: 'getSiteSettings',
    method: 'get',
    path: '/api/v1/admin/site-settings',
    summary: 'SEO defaults and analytics ids of the storefront',
    tags: ['content-admin'],
    auth: 'bearer',
    permission: 'settings:read',
    responses: {
      200: { description: 'Settings', schema: siteSettingsSchema },
      401: unauthenticated,
      403: forbidden,
      404: notFound,
    },
  }),
  update: defineRoute({
    operationId: 'updateSiteSettings',
    method: 'patch',
    path: '/api/v1/admin/site-settings',
    summary: 'Change SEO defaults or analytics ids; null clears one',
    tags: ['content-admin'],
    auth: 'bearer',
    permission: 'settings:write',
    body: updateSiteSettingsBodySchema,
    responses: {
      200: { description: 'Settings', schema: siteSettingsSchema },
      400: { description: 'Invalid input', schema: errorBodySchema },
      401: unauthenticated,
      403: forbidden,
      404: notFound,
    },
  }),
  public: defineRoute({
    operationId: 'getStorefrontSiteSettings',
    method: 'get',
    path: '/api/v1/storefront/site-settings',
    summary: 'SEO defaults and analytics ids the storefront renders with',
    tags: ['storefront'],
    auth: 'none',
    responses: {
      200: { description: 'Settings', schema: siteSettingsSchema },
      404: { description: 'No store at this host', schema: errorBodySchema },
    },
  }),
};
