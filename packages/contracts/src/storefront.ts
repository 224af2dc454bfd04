import { z } from 'zod';
import { errorBodySchema } from './errors';
import { defineRoute } from './route';

const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1a2b3c');

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
  })
  .meta({ id: 'StorefrontConfig' });
export type StorefrontConfig = z.infer<typeof storefrontConfigSchema>;

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
};
