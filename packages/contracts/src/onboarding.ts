import { z } from 'zod';
import {
  countrySchema,
  currencySchema,
  idParamsSchema,
  languageSchema,
  languages,
  nicheSchema,
  slugSchema,
  uuidSchema,
} from './common';
import { errorBodySchema } from './errors';
import { hostnameSchema } from './internal';
import { defineRoute } from './route';
import { provisioningSteps, tenantSchema, tenantStatusSchema } from './tenants';

/**
 * The merchant wizard, in order. `account` is done once the store exists (its creator has an
 * account); `publish` is done while the store is live. The others are saved by the wizard.
 */
export const onboardingSteps = [
  'account',
  'identity',
  'template',
  'catalog',
  'payments',
  'shipping-and-taxes',
  'domain',
  'publish',
] as const;
export type OnboardingStep = (typeof onboardingSteps)[number];
export const onboardingStepSchema = z.enum(onboardingSteps);

export const onboardingStepStatuses = ['pending', 'done', 'skipped'] as const;
export type OnboardingStepStatus = (typeof onboardingStepStatuses)[number];

/** Steps the merchant may skip and come back to; the others must be done. */
export const skippableOnboardingSteps: readonly OnboardingStep[] = [
  'template',
  'catalog',
  'payments',
  'shipping-and-taxes',
  'domain',
];

/** Steps whose status follows the store itself and cannot be saved by hand. */
export const derivedOnboardingSteps: readonly OnboardingStep[] = ['account', 'publish'];

export const brandColorSchema = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1a2b3c')
  .transform((value) => value.toLowerCase());

/**
 * Step 2. Name, niche, country, currency and language are the store's own fields (changes reach
 * its cell); the slug is fixed once the store exists and may only be repeated unchanged.
 */
export const onboardingIdentityDataSchema = z
  .object({
    name: z.string().trim().min(1, 'is required').max(80, 'must be at most 80 characters'),
    slug: slugSchema.optional().describe('Fixed after creation: if sent, must be the same'),
    niche: nicheSchema,
    country: countrySchema,
    currency: currencySchema,
    language: languageSchema,
    primaryColor: brandColorSchema.nullable().default(null),
    accentColor: brandColorSchema.nullable().default(null),
  })
  .strict()
  .meta({ id: 'OnboardingIdentityData' });

/** Step 3: one of `GET /api/v1/templates`. */
export const onboardingTemplateDataSchema = z
  .object({ templateId: z.string().trim().min(1, 'is required').max(40) })
  .strict()
  .meta({ id: 'OnboardingTemplateData' });

/** Step 7: a custom domain the merchant owns, or null for the subdomain only. */
export const onboardingDomainDataSchema = z
  .object({ customDomain: hostnameSchema.nullable() })
  .strict()
  .meta({ id: 'OnboardingDomainData' });

/** Steps whose data lives in the cell (catalog, payments, shipping, publish): a short note only. */
export const onboardingNotesDataSchema = z
  .object({ notes: z.string().trim().max(500, 'must be at most 500 characters').optional() })
  .strict()
  .meta({ id: 'OnboardingNotesData' });

const statusSchema = z.enum(onboardingStepStatuses);
const step = <S extends OnboardingStep, D extends z.ZodType>(name: S, data: D) =>
  z.object({ step: z.literal(name), status: statusSchema, data: data.optional() });

/**
 * What a step accepts, chosen by the step: the admin validates its forms with this, and the
 * server answers 400 with the `data.<field>` at fault.
 */
export const onboardingStepSaveSchema = z.discriminatedUnion('step', [
  step('account', onboardingNotesDataSchema),
  step('identity', onboardingIdentityDataSchema),
  step('template', onboardingTemplateDataSchema),
  step('catalog', onboardingNotesDataSchema),
  step('payments', onboardingNotesDataSchema),
  step('shipping-and-taxes', onboardingNotesDataSchema),
  step('domain', onboardingDomainDataSchema),
  step('publish', onboardingNotesDataSchema),
]);
export type OnboardingStepSave = z.infer<typeof onboardingStepSaveSchema>;

export const saveOnboardingStepBodySchema = z
  .object({
    status: statusSchema,
    data: z
      .record(z.string(), z.unknown())
      .optional()
      .describe(
        'Depends on the step: OnboardingIdentityData, OnboardingTemplateData, OnboardingDomainData ' +
          'or OnboardingNotesData. Omitted: the data saved before is kept.',
      ),
  })
  .strict()
  .meta({ id: 'SaveOnboardingStep' });

export const onboardingStepParamsSchema = z.object({ id: uuidSchema, step: onboardingStepSchema });

export const onboardingStepViewSchema = z.object({
  step: onboardingStepSchema,
  status: statusSchema,
  data: z.record(z.string(), z.unknown()).describe('The step’s saved data ({} when none)'),
  updatedAt: z.string().nullable(),
});

export const onboardingSchema = z
  .object({
    tenantId: z.uuid(),
    steps: z.array(onboardingStepViewSchema).describe('Every step, in wizard order'),
    currentStep: onboardingStepSchema
      .nullable()
      .describe('The first step neither done nor skipped; null when the wizard is finished'),
    provisioning: z.object({
      status: tenantStatusSchema,
      completedSteps: z.array(z.enum(provisioningSteps)),
      steps: z.array(z.enum(provisioningSteps)),
      error: z.string().nullable(),
    }),
    domain: z
      .object({
        hostname: z.string(),
        status: z.enum(['reserved', 'active', 'pending_verification', 'failed']),
      })
      .nullable()
      .describe('The custom domain entered in step 7 and its verification status'),
    urls: z.object({ storefront: z.string(), api: z.string() }),
  })
  .meta({ id: 'Onboarding' });
export type Onboarding = z.infer<typeof onboardingSchema>;

/** A storefront template, with its texts in every product language. */
const localized = z.object(
  Object.fromEntries(languages.map((language) => [language, z.string()])) as Record<
    (typeof languages)[number],
    z.ZodString
  >,
);
export const storeTemplateSchema = z
  .object({
    id: z.string(),
    name: localized,
    description: localized,
    preview: z.object({
      thumbnail: z.string().describe('Path of a preview image on the admin host'),
      primaryColor: z.string(),
      accentColor: z.string(),
      backgroundColor: z.string(),
    }),
  })
  .meta({ id: 'StoreTemplate' });
export type StoreTemplate = z.infer<typeof storeTemplateSchema>;

export const changeTemplateBodySchema = z
  .object({ template: z.string().trim().min(1, 'is required').max(40) })
  .strict();

const unauthenticated = { description: 'Not signed in', schema: errorBodySchema };
const notFound = { description: 'No such store among yours', schema: errorBodySchema };
const forbidden = { description: 'Only owners and admins', schema: errorBodySchema };
const unavailable = {
  description: 'The store’s cell is unavailable; retry',
  schema: errorBodySchema,
};

export const onboardingRoutes = {
  get: defineRoute({
    operationId: 'getOnboarding',
    method: 'get',
    path: '/api/v1/tenants/:id/onboarding',
    summary: 'The wizard’s saved progress: every step, its data, the current step, provisioning',
    tags: ['onboarding'],
    auth: 'bearer',
    permission: 'settings:read',
    params: idParamsSchema,
    responses: {
      200: { description: 'Progress', schema: onboardingSchema },
      400: { description: 'Invalid id', schema: errorBodySchema },
      401: unauthenticated,
      403: forbidden,
      404: notFound,
    },
  }),
  saveStep: defineRoute({
    operationId: 'saveOnboardingStep',
    method: 'put',
    path: '/api/v1/tenants/:id/onboarding/steps/:step',
    summary: 'Save one step (idempotent); other steps keep their data',
    tags: ['onboarding'],
    auth: 'bearer',
    permission: 'settings:write',
    params: onboardingStepParamsSchema,
    body: saveOnboardingStepBodySchema,
    responses: {
      200: { description: 'Progress after the save', schema: onboardingSchema },
      400: { description: 'Invalid input; `fields` names `data.<field>`', schema: errorBodySchema },
      401: unauthenticated,
      403: forbidden,
      404: notFound,
      409: { description: 'Custom domain used by another store', schema: errorBodySchema },
      503: unavailable,
    },
  }),
};

export const templateRoutes = {
  list: defineRoute({
    operationId: 'listTemplates',
    method: 'get',
    path: '/api/v1/templates',
    summary: 'The storefront templates a store may use',
    tags: ['templates'],
    auth: 'none',
    responses: {
      200: {
        description: 'Templates',
        schema: z.object({ items: z.array(storeTemplateSchema) }),
      },
    },
  }),
  change: defineRoute({
    operationId: 'changeTenantTemplate',
    method: 'put',
    path: '/api/v1/tenants/:id/template',
    summary: 'Switch the store’s template; products and content are untouched',
    tags: ['templates'],
    auth: 'bearer',
    permission: 'settings:write',
    params: idParamsSchema,
    body: changeTemplateBodySchema,
    responses: {
      200: { description: 'The store', schema: tenantSchema },
      400: { description: 'Unknown template', schema: errorBodySchema },
      401: unauthenticated,
      403: forbidden,
      404: notFound,
      503: unavailable,
    },
  }),
};
