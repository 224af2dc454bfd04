import type { Migration } from '@mpb/db';

const languages = [
  { config: 'mpb_portuguese', base: 'portuguese', stem: 'portuguese_stem' },
  { config: 'mpb_english', base: 'english', stem: 'english_stem' },
  { config: 'mpb_spanish', base: 'spanish', stem: 'spanish_stem' },
];

/**
 * Full-text search in the store's language. The configurations fold accents (unaccent), so
 * "cafe" finds "café" and "acucar" finds "açúcar". `products_to_index` lets the worker's
 * safety-net job find stale documents across tenants, like the outbox functions.
 */
export const search: Migration = {
  name: '0008-search',
  async up(db) {
    await db.raw('create extension if not exists unaccent');
    for (const { config, base, stem } of languages) {
      await db.raw(`create text search configuration ${config} (copy = ${base})`);
      await db.raw(
        `alter text search configuration ${config} alter mapping for hword, hword_part, word with unaccent, ${stem}`,
      );
    }
    await db.raw(
      `create policy owner_search_backfill on products for select to current_user using (true)`,
    );
    await db.raw(`
      create function products_to_index(p_limit integer)
      returns table (tenant_id uuid, product_id uuid)
      language sql stable security definer
      set search_path = public, pg_temp
      as $$
        select p.tenant_id, p.id from products p
        where p.search_indexed_at is null or p.search_indexed_at < p.updated_at
        order by p.updated_at
        limit least(p_limit, 1000)
      $$`);
    await db.raw('revoke all on function products_to_index(integer) from public');
  },
  async down(db) {
    await db.raw('drop function if exists products_to_index(integer)');
    await db.raw('drop policy if exists owner_search_backfill on products');
    for (const { config } of languages)
      await db.raw(`drop text search configuration if exists ${config}`);
  },
};
