import { z } from 'zod';
import { languageSchema, languages, uuidSchema } from './common';

/**
 * A product's title, description and SEO fields in one more of the store's languages (ADR 0021):
 * shoppers reading the storefront in that language see them instead of the product's own.
 */
export const productTranslationSchema = z
  .object({
    language: languageSchema,
    title: z.string(),
    description: z
      .string()
      .describe('Sanitised HTML; empty: shoppers read the product’s own description.'),
    seoTitle: z.string().nullable(),
    seoDescription: z.string().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ProductTranslation' });
export type ProductTranslation = z.infer<typeof productTranslationSchema>;

/** The whole translation into one language: a PUT replaces what was there. */
export const putProductTranslationBodySchema = z
  .object({
    title: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
    description: z
      .string()
      .max(20_000, 'must be at most 20000 characters')
      .default('')
      .describe('Rich text as HTML, sanitised like the product’s description.'),
    seoTitle: z.string().trim().max(70, 'must be at most 70 characters').nullable().optional(),
    seoDescription: z
      .string()
      .trim()
      .max(320, 'must be at most 320 characters')
      .nullable()
      .optional(),
  })
  .strict()
  .meta({ id: 'PutProductTranslation' });
export type PutProductTranslationBody = z.output<typeof putProductTranslationBodySchema>;

export const productTranslationParamsSchema = z.object({
  id: uuidSchema,
  language: z.enum(languages, { error: `must be one of ${languages.join(', ')}` }),
});

/**
 * What the product editor offers to translate into. Members who edit products may not read the
 * store's settings, so the catalog answers this itself.
 */
export const catalogLanguagesSchema = z
  .object({
    defaultLanguage: z.string().describe('The store’s language: the product’s own texts.'),
    translatable: z
      .array(languageSchema)
      .describe('The store’s other enabled languages, in platform order: shoppers see these.'),
  })
  .meta({ id: 'CatalogLanguages' });
export type CatalogLanguages = z.infer<typeof catalogLanguagesSchema>;

/** `?lang=` of the public catalog reads: the shopper's language, when the store offers it. */
export const contentLanguageQueryField = z
  .enum(languages, { error: `must be one of ${languages.join(', ')}` })
  .optional()
  .describe(
    'The shopper’s language: titles, descriptions and SEO fields come from the product’s ' +
      'translation into it when the store offers that language and one exists.',
  );
