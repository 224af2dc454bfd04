import { provisioningSteps, type Tenant } from '@mpb/contracts';
import type { PublicUrls } from '../public-urls';
import type { TenantRow } from './repository';

/** The API shape of a tenant. */
export function toTenantView(row: TenantRow, urls: PublicUrls): Tenant {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    status: row.status,
    cellId: row.cell_id,
    live: row.live,
    niche: row.niche,
    currency: row.currency,
    language: row.language,
    country: row.country,
    template: row.template,
    createdAt: row.created_at.toISOString(),
    readyAt: row.ready_at ? row.ready_at.toISOString() : null,
    urls: { storefront: urls.storefront(row.slug), api: urls.storeApi(row.slug) },
    provisioning: {
      completedSteps: provisioningSteps.filter((step) => row.completed_steps.includes(step)),
      steps: [...provisioningSteps],
      error: row.provisioning_error,
    },
  };
}
