import type { CatalogLanguages, Language } from '@mpb/contracts';
import { withTenant, type Knex } from '@mpb/db';
import { readEnabledLanguages } from '../selling/store-locales';
import { currentStore } from './store';

/** The store's default language and its other enabled ones, which products are translated into. */
export async function getCatalogLanguages(db: Knex, tenantId: string): Promise<CatalogLanguages> {
  return withTenant(db, tenantId, async (trx) => {
    const store = await currentStore(trx);
    const enabled = await readEnabledLanguages(trx, store);
    return {
      defaultLanguage: store.language,
      // Enabled languages are platform languages (the settings column's check).
      translatable: enabled.filter((language) => language !== store.language) as Language[],
    };
  });
}
