import { toStorefrontTemplate, type StorefrontConfig } from '@mpb/contracts';
import { withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { currentStore, isOpenToPublic, type StoreRow } from '../catalog/store';
import type { MediaUrlOptions } from '../media';
import { readStoreLocales, type StoreLocales } from '../selling/store-locales';
import { findStorefrontConfig, logoUrlOf, type StorefrontConfigRow } from './theme-repository';

export function toStorefrontConfig(
  store: StoreRow,
  config: StorefrontConfigRow,
  locales: StoreLocales,
  urls: MediaUrlOptions,
): StorefrontConfig {
  return {
    name: store.name,
    slug: store.slug,
    live: isOpenToPublic(store),
    currency: store.currency,
    language: store.language,
    country: store.country,
    template: toStorefrontTemplate(config.template),
    theme: {
      primaryColor: config.primary_color,
      accentColor: config.accent_color,
      logoUrl: logoUrlOf(config, urls),
    },
    languages: locales.languages,
    displayCurrencies: locales.displayCurrencies,
  };
}

/**
 * The store's name, branding, state, languages and display currencies, as the storefront renders
 * every page from it. The same answer for every shopper: which language and currency a shopper
 * sees is the storefront's choice per request, so this stays cacheable per store.
 */
export async function getStorefrontConfig(
  db: Knex,
  tenantId: string,
  urls: MediaUrlOptions = {},
): Promise<StorefrontConfig> {
  return withTenant(db, tenantId, async (trx) => {
    const store = await currentStore(trx);
    const config = await findStorefrontConfig(trx);
    if (!config) throw AppError.notFound('Store');
    return toStorefrontConfig(store, config, await readStoreLocales(trx, store), urls);
  });
}
