import type { Knex } from '@mpb/db';
import type { Logger } from '@mpb/observability';
import type { EventHandler } from '../events';
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
export function createEventHandlers(_deps: HandlerDeps): EventHandler[] {
  return [];
}
