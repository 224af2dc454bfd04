import type { Migration } from '@mpb/db';

/**
 * Lets the search backfill job (`products_to_index`, every minute, across all the cell's
 * tenants) read only the products whose document is stale, in the order it takes them,
 * instead of scanning every product of the cell.
 */
export const searchBacklogIndex: Migration = {
  name: '0011-search-backlog-index',
  async up(db) {
    await db.raw(`
      create index products_search_stale_idx on products (updated_at)
      where search_indexed_at is null or search_indexed_at < updated_at`);
  },
  async down(db) {
    await db.raw('drop index if exists products_search_stale_idx');
  },
};
