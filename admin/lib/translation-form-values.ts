import {
  putProductTranslationBodySchema,
  type ProductTranslation,
  type PutProductTranslationBody,
} from '@mpb/contracts';
import type { z } from 'zod';
import { blankToNull } from './blank-to-null';

/** The fields of one language's translation as typed. */
export interface TranslationFormValues {
  title: string;
  description: string;
  seoTitle: string;
  seoDescription: string;
}

/** What the form shows for a language: its saved translation, or empty fields. */
export function translationFormValues(
  translation: ProductTranslation | undefined,
): TranslationFormValues {
  return {
    title: translation?.title ?? '',
    description: translation?.description ?? '',
    seoTitle: translation?.seoTitle ?? '',
    seoDescription: translation?.seoDescription ?? '',
  };
}

export type TranslationBodyResult =
  { ok: true; body: PutProductTranslationBody } | { ok: false; issues: z.ZodError };

/**
 * The typed fields as the API's body, checked by the same schema as the server's; empty SEO
 * fields are sent as null, so the storefront derives them from the translated texts.
 */
export function translationBody(values: TranslationFormValues): TranslationBodyResult {
  const parsed = putProductTranslationBodySchema.safeParse({
    title: values.title,
    description: values.description,
    seoTitle: blankToNull(values.seoTitle),
    seoDescription: blankToNull(values.seoDescription),
  });
  return parsed.success ? { ok: true, body: parsed.data } : { ok: false, issues: parsed.error };
}
