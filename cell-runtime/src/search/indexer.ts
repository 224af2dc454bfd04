import type { Knex } from '@mpb/db';
import type { Logger } from '@mpb/observability';
import type { EventHandler } from '../events';
import type { PeriodicJob } from '../worker/jobs';
import { indexProduct, productsToIndex } from './index-product';

/** Keeps search documents current as products change (asynchronously, off the request path). */
export function searchIndexer(db: Knex): EventHandler {
  return {
    name: 'search-indexer',
    types: ['ProductCreated', 'ProductUpdated'],
    // Rebuilding a document is idempotent: a redelivered event just rebuilds it again.
    handle: (event) => indexProduct(db, event.tenantId, String(event.payload.productId)),
  };
}

/** Catches documents whose event was lost or dead-lettered. */
export function searchBackfillJob(db: Knex, logger: Logger): PeriodicJob {
  return {
    name: 'search-backfill',
    intervalMs: 60_000,
    async run() {
      const stale = await productsToIndex(db, 200);
      for (const { tenantId, productId } of stale) await indexProduct(db, tenantId, productId);
      if (stale.length > 0) logger.info({ count: stale.length }, 'search documents backfilled');
    },
  };
}
