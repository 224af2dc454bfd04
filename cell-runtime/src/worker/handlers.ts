import type { Knex } from '@mpb/db';
import type { Logger } from '@mpb/observability';
import type { EventHandler } from '../events';
import { notificationsHandlerFromConfig } from '../notifications';
import { searchIndexer } from '../search/indexer';
import { storefrontFreshness } from '../storefront/freshness';
import type { CellWorkerConfig } from './config';

export interface HandlerDeps {
  db: Knex;
  config: CellWorkerConfig;
  logger: Logger;
}

/**
 * Every event handler the cell worker runs, one consumer group each. Contexts add theirs here:
 * search indexing, notifications, storefront cache revalidation.
 */
export function createEventHandlers(deps: HandlerDeps): EventHandler[] {
  const handlers = [searchIndexer(deps.db), notificationsHandlerFromConfig(deps)];
  const { STOREFRONT_URL, STOREFRONT_REVALIDATE_TOKEN } = deps.config;
  if (STOREFRONT_URL && STOREFRONT_REVALIDATE_TOKEN) {
    handlers.push(
      storefrontFreshness({
        db: deps.db,
        storefrontUrl: STOREFRONT_URL,
        token: STOREFRONT_REVALIDATE_TOKEN,
      }),
    );
  } else {
    deps.logger.warn(
      'STOREFRONT_URL or STOREFRONT_REVALIDATE_TOKEN not set: storefront pages refresh only when their cache expires',
    );
  }
  return handlers;
}
