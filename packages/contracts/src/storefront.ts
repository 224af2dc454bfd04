import { z } from 'zod';
import { displayCurrencySchema } from './display-currencies';
import { errorBodySchema } from './errors';
import { defineRoute } from './route';

const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1a2b3c');

/**
 * The storefront templates. Each is a presentation of the same store data (name, colours, logo,
 * products), so switching never touches products or content. A store created before templates
 * existed says `default`, which is shown as `classic`.
 */
export const storefrontTemplates = ['classic', 'bold', 'minimal'] as const;
export type StorefrontTemplate = (typeof storefrontTemplates)[number];
export const storefrontTemplateSchema = z.enum(storefrontTemplates, {
  error: `must be one of ${storefrontTemplates.join(', ')}`,
});

/** The template a stored id stands for: `default` and any unknown id are `classic`. */
export function toStorefrontTemplate(id: string): StorefrontTemplate {
  return (storefrontTemplates as readonly string[]).includes(id)
    ? (id as StorefrontTemplate)
    : 'classic';
}

export const themeSchema = z
  .object({
    primaryColor: hexColour,
    accentColor: hexColour,
    logoUrl: z.string().nullable(),
  })
  .meta({ id: 'Theme' });

export const storefrontConfigSchema = z
  .object({
    name: z.string(),
    slug: z.string(),
    live: z.boolean(),
    currency: z.string(),
    language: z.string(),
    country: z.string(),
    template: z.string(),
    theme: themeSchema,
    languages: z
      .array(z.string())
      .default([])
      .describe(
        'Languages shoppers may choose for the storefront’s text; `language` is the default.',
      ),
    displayCurrencies: z
      .array(displayCurrencySchema)
      .default([])
      .describe('Currencies prices may be shown in, approximately; checkout charges `currency`.'),
  })
  .meta({ id: 'StorefrontConfig' });
export type StorefrontConfig = z.infer<typeof storefrontConfigSchema>;

/** What the store admin reads and changes: the template and the brand. */
export const storefrontThemeSchema = z
  .object({
    template: storefrontTemplateSchema,
    primaryColor: hexColour,
    accentColor: hexColour,
    logoUrl: z.string().nullable().describe('The stored logo (a resized WebP), or null.'),
  })
  .meta({ id: 'StorefrontTheme' });
export type StorefrontTheme = z.infer<typeof storefrontThemeSchema>;

export const updateStorefrontThemeBodySchema = z
  .object({
    template: storefrontTemplateSchema.optional(),
    primaryColor: hexColour.toLowerCase().optional(),
    accentColor: hexColour.toLowerCase().optional(),
  })
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'must change at least one field')
  .meta({ id: 'UpdateStorefrontTheme' });
export type UpdateStorefrontThemeBody = z.output<typeof updateStorefrontThemeBodySchema>;

/** Describes the multipart logo upload for the OpenAPI document; the handler parses it with busboy. */
export const uploadLogoBodySchema = z
  .object({
    file: z.string().meta({
      format: 'binary',
      description: 'One JPEG, PNG, WebP, GIF or AVIF image (SVG is not accepted).',
    }),
  })
  .strict()
  .meta({ id: 'UploadLogo' });

export const previewTokenSchema = z
  .object({
    token: z
      .string()
      .describe('Signed, bound to this store; pass it to the storefront as `?preview=`.'),
    expiresAt: z.iso.datetime(),
  })
  .meta({ id: 'StorefrontPreviewToken' });
export type PreviewToken = z.infer<typeof previewTokenSchema>;

/** Characters a preview token may contain (base64url and the dot that joins its two parts). */
export const previewTokenPattern = /^[A-Za-z0-9_-]{16,400}\.[A-Za-z0-9_-]{43}$/;

/**
 * What a preview may change, besides showing an unpublished store: the template and colours
 * being tried, before they are saved. Unknown keys are ignored (the storefront's own query
 * passes through), a malformed value is a 400 naming it.
 */
export const storefrontPreviewQuerySchema = z.object({
  template: storefrontTemplateSchema.optional(),
  primary: hexColour.toLowerCase().optional().describe('Primary colour to try, like #1a2b3c.'),
  accent: hexColour.toLowerCase().optional().describe('Accent colour to try, like #1a2b3c.'),
});
export type StorefrontPreviewQuery = z.output<typeof storefrontPreviewQuerySchema>;

export const storefrontPreviewSchema = storefrontConfigSchema
  .extend({
    preview: z.object({ expiresAt: z.iso.datetime() }),
  })
  .meta({ id: 'StorefrontPreview' });
export type StorefrontPreview = z.infer<typeof storefrontPreviewSchema>;

/**
 * The header that carries a preview token to the store API: `GET /api/v1/storefront/preview`
 * and the public catalog reads accept it. A valid token for the Host's store shows the store
 * even when it is not live, answered `private, no-store` and never from a shared cache; any
 * other value is ignored.
 */
export const previewTokenHeader = 'x-storefront-preview';

export const storefrontRoutes = {
  config: defineRoute({
    operationId: 'getStorefrontConfig',
    method: 'get',
    path: '/api/v1/storefront/config',
    summary: 'Name, branding and state of the store named by the Host header',
    tags: ['storefront'],
    auth: 'none',
    responses: {
      200: { description: 'The store’s public configuration', schema: storefrontConfigSchema },
      404: { description: 'No store at this host', schema: errorBodySchema },
    },
  }),
  preview: defineRoute({
    operationId: 'getStorefrontPreview',
    method: 'get',
    path: '/api/v1/storefront/preview',
    summary:
      'The store’s configuration for a preview, live or not, with the template and colours being ' +
      'tried; the preview token goes in the X-Storefront-Preview header',
    tags: ['storefront'],
    auth: 'none',
    query: storefrontPreviewQuerySchema,
    responses: {
      200: {
        description: 'The configuration with the overrides applied (never cached)',
        schema: storefrontPreviewSchema,
      },
      400: { description: 'A malformed override; `fields` names it', schema: errorBodySchema },
      404: {
        description: 'No store at this host, or no valid, unexpired token for this store',
        schema: errorBodySchema,
      },
    },
  }),
};

const unauthenticated = { description: 'No or invalid token', schema: errorBodySchema };
const forbidden = {
  description: 'The member’s role does not allow changing the storefront',
  schema: errorBodySchema,
};
const notFound = { description: 'Not a member of this store', schema: errorBodySchema };
const tags = ['storefront-admin'];

export const adminStorefrontRoutes = {
  getTheme: defineRoute({
    operationId: 'getStorefrontTheme',
    method: 'get',
    path: '/api/v1/admin/storefront/theme',
    summary: 'The store’s template, colours and logo',
    tags,
    auth: 'bearer',
    permission: 'settings:read',
    responses: {
      200: { description: 'The theme', schema: storefrontThemeSchema },
      401: unauthenticated,
      403: forbidden,
      404: notFound,
    },
  }),
  updateTheme: defineRoute({
    operationId: 'updateStorefrontTheme',
    method: 'put',
    path: '/api/v1/admin/storefront/theme',
    summary: 'Change the template and colours; products and content are untouched',
    tags,
    auth: 'bearer',
    permission: 'settings:write',
    body: updateStorefrontThemeBodySchema,
    responses: {
      200: { description: 'The theme after the change', schema: storefrontThemeSchema },
      400: { description: 'Invalid input; `fields` names each field', schema: errorBodySchema },
      401: unauthenticated,
      403: forbidden,
      404: notFound,
    },
  }),
  uploadLogo: defineRoute({
    operationId: 'uploadStorefrontLogo',
    method: 'post',
    path: '/api/v1/admin/storefront/logo',
    summary: 'Upload the store’s logo (multipart/form-data, field `file`); replaces the old one',
    tags,
    auth: 'bearer',
    permission: 'settings:write',
    body: uploadLogoBodySchema,
    bodyContentType: 'multipart/form-data',
    responses: {
      200: { description: 'The theme with the new logo', schema: storefrontThemeSchema },
      400: {
        description: 'No file, an unreadable image or an unknown field',
        schema: errorBodySchema,
      },
      401: unauthenticated,
      403: forbidden,
      404: notFound,
      413: { description: 'The file is larger than the limit', schema: errorBodySchema },
      415: { description: 'Not multipart, or not a supported image type', schema: errorBodySchema },
    },
  }),
  removeLogo: defineRoute({
    operationId: 'removeStorefrontLogo',
    method: 'delete',
    path: '/api/v1/admin/storefront/logo',
    summary: 'Remove the store’s logo (the storefront shows the name’s initial instead)',
    tags,
    auth: 'bearer',
    permission: 'settings:write',
    responses: {
      200: { description: 'The theme without a logo', schema: storefrontThemeSchema },
      401: unauthenticated,
      403: forbidden,
      404: notFound,
    },
  }),
  createPreviewToken: defineRoute({
    operationId: 'createStorefrontPreviewToken',
    method: 'post',
    path: '/api/v1/admin/storefront/preview-token',
    summary:
      'A short-lived token (30 minutes) that lets the storefront show this store before it is ' +
      'published, with templates and colours not saved yet',
    tags,
    auth: 'bearer',
    permission: 'admin:access',
    responses: {
      201: { description: 'The token', schema: previewTokenSchema },
      401: unauthenticated,
      404: notFound,
    },
  }),
};
