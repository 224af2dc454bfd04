import { Router } from 'express';
import { storefrontRoutes, type StorefrontConfig } from '@mpb/contracts';
import { withTenant, type Knex } from '@mpb/db';
import { AppError, bindRoute } from '@mpb/http';
import { currentStore } from '../catalog/store';
import { currentTenantId } from '../tenancy/middleware';

interface StorefrontConfigRow {
  template: string;
  primary_color: string;
  accent_color: string;
  logo_url: string | null;
}

export async function getStorefrontConfig(db: Knex, tenantId: string): Promise<StorefrontConfig> {
  return withTenant(db, tenantId, async (trx) => {
    const store = await currentStore(trx);
    const config = await trx<StorefrontConfigRow>('storefront_config').first();
    if (!config) throw AppError.notFound('Store');
    return {
      name: store.name,
      slug: store.slug,
      live: store.live && store.status === 'active',
      currency: store.currency,
      language: store.language,
      country: store.country,
      template: config.template,
      theme: {
        primaryColor: config.primary_color,
        accentColor: config.accent_color,
        logoUrl: config.logo_url,
      },
    };
  });
}

/** Public: the storefront app renders every page from this (and shows "coming soon" when not live). */
export function storefrontRouter(deps: { db: Knex }): Router {
  const router = Router();
  bindRoute(router, storefrontRoutes.config, [], async ({ res }) => ({
    status: 200,
    body: await getStorefrontConfig(deps.db, currentTenantId(res)),
  }));
  return router;
}
