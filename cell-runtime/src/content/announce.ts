import type { Knex } from '@mpb/db';
import { recordEvent } from '../events';

/**
 * Tells the storefront that what every page shows around the catalog changed (the navigation
 * and pages, or the SEO defaults and analytics ids), so it drops the store's cached reads.
 */
export async function announceContentChange(
  trx: Knex.Transaction,
  tenantId: string,
  what: 'pages' | 'site-settings',
): Promise<void> {
  await recordEvent(trx, {
    tenantId,
    type: 'StoreContentChanged',
    aggregateType: 'store',
    aggregateId: tenantId,
    payload: { what },
  });
}
