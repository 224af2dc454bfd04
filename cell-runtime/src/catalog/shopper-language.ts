import type { Knex } from '@mpb/db';
import { readEnabledLanguages } from '../selling/store-locales';
import type { TranslationsWanted } from './product-details';
import { contentLanguage } from './product-texts';
import type { StoreRow } from './store';

/**
 * The language a public catalog read shows products in (`?lang=`), or null for the store's own,
 * with the translations to load for it. The store's offer is read only when a language other
 * than its default is asked for, so the common read costs nothing more.
 */
export async function shopperLanguage(
  trx: Knex.Transaction,
  store: StoreRow,
  requested: string | undefined,
): Promise<{ language: string | null; translations: TranslationsWanted }> {
  if (!requested || requested === store.language) return { language: null, translations: 'none' };
  const language = contentLanguage(requested, store, await readEnabledLanguages(trx, store));
  return language
    ? { language, translations: { language } }
    : { language: null, translations: 'none' };
}
