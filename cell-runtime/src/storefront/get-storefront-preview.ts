import type { StorefrontPreview, StorefrontPreviewQuery } from '@mpb/contracts';
import { withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { currentStore, isVisibleTo } from '../catalog/store';
import type { MediaUrlOptions } from '../media';
import { readStoreLocales } from '../selling/store-locales';
import { toStorefrontConfig } from './get-storefront-config';
import { findStorefrontConfig } from './theme-repository';

/**
 * The store as a preview shows it: its configuration whether it is live or not, with the
 * template and colours being tried in place of the saved ones. The caller has checked the
 * preview token; a suspended store shows no preview.
 */
export async function getStorefrontPreview(
  db: Knex,
  input: {
    tenantId: string;
    expiresAt: Date;
    overrides: StorefrontPreviewQuery;
    urls?: MediaUrlOptions;
  },
): Promise<StorefrontPreview> {
  const { store, config, locales } = await withTenant(db, input.tenantId, async (trx) => {
    const found = await currentStore(trx);
    return {
      store: found,
      config: await findStorefrontConfig(trx),
      locales: await readStoreLocales(trx, found),
    };
  });
  if (!config || !isVisibleTo(store, 'preview')) throw AppError.notFound('Store');
  const saved = toStorefrontConfig(store, config, locales, input.urls ?? {});
  const { template, primary, accent } = input.overrides;
  return {
    ...saved,
    template: template ?? saved.template,
    theme: {
      ...saved.theme,
      primaryColor: primary ?? saved.theme.primaryColor,
      accentColor: accent ?? saved.theme.accentColor,
    },
    preview: { expiresAt: input.expiresAt.toISOString() },
  };
}
