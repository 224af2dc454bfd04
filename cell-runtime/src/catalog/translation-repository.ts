import type { Knex } from '@mpb/db';

/** A row of `product_translations`: a product's texts in one more language. */
export interface TranslationRow {
  tenant_id: string;
  product_id: string;
  language: string;
  title: string;
  description_html: string;
  seo_title: string | null;
  seo_description: string | null;
  updated_at: Date;
}

export type TranslationFields = Pick<
  TranslationRow,
  'title' | 'description_html' | 'seo_title' | 'seo_description'
>;

/** All reads and writes below run inside `withTenant`: RLS confines them to one tenant. */

/** Translations per product: every language, or only `language`'s. */
export async function translationsOf(
  trx: Knex.Transaction,
  productIds: string[],
  language?: string,
): Promise<Map<string, TranslationRow[]>> {
  const byProduct = new Map<string, TranslationRow[]>(productIds.map((id) => [id, []]));
  if (productIds.length === 0) return byProduct;
  const query = trx<TranslationRow>('product_translations')
    .whereIn('product_id', productIds)
    .orderBy([{ column: 'product_id' }, { column: 'language' }]);
  if (language) void query.where({ language });
  for (const row of await query) byProduct.get(row.product_id)?.push(row);
  return byProduct;
}

/** Creates or replaces the product's translation into `language`. */
export async function upsertTranslation(
  trx: Knex.Transaction,
  key: { tenantId: string; productId: string; language: string },
  fields: TranslationFields,
): Promise<void> {
  await trx('product_translations')
    .insert({
      tenant_id: key.tenantId,
      product_id: key.productId,
      language: key.language,
      ...fields,
      updated_at: trx.fn.now(),
    })
    .onConflict(['tenant_id', 'product_id', 'language'])
    .merge();
}

/** Removes the product's translation into `language`; whether there was one. */
export async function deleteTranslation(
  trx: Knex.Transaction,
  productId: string,
  language: string,
): Promise<boolean> {
  const removed = await trx('product_translations')
    .where({ product_id: productId, language })
    .delete();
  return removed > 0;
}
