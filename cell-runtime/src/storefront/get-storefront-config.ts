import { toStorefrontTemplate, type StorefrontConfig } from '@mpb/contracts';
import { withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { currentStore, isOpenToPublic, type StoreRow } from '../catalog/store';
import type { MediaUrlOptions } from '../media';
import { findStorefrontConfig, logoUrlOf, type StorefrontConfigRow } from './theme-repository';

export function toStorefrontConfig(
  store: StoreRow,
  config: StorefrontConfigRow,
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
  };
}

/** The store's name, branding and state, as the storefront renders every page from it. */
export async function getStorefrontConfig(
  db: Knex,
  tenantId: string,
  urls: MediaUrlOptions = {},
): Promise<StorefrontConfig> {
  return withTenant(db, tenantId, async (trx) => {
    const store = await currentStore(trx);
    const config = await findStorefrontConfig(trx);
    if (!config) throw AppError.notFound('Store');
    return toStorefrontConfig(store, config, urls);
  });
}
