import { withTenant, type Knex } from '@mpb/db';
import { searchConfig } from './language';

/**
 * Rebuilds one product's search document: title first, then tags, SKUs and option values, then
 * the description's text, in the store's language.
 */
export async function indexProduct(db: Knex, tenantId: string, productId: string): Promise<void> {
  await withTenant(db, tenantId, async (trx) => {
    const store = await trx('tenants').first<{ language: string } | undefined>('language');
    if (!store) return;
    const config = searchConfig(store.language);
    await trx.raw(
      `update products p set
         search_document =
           setweight(to_tsvector(?::regconfig, p.title), 'A') ||
           setweight(to_tsvector(?::regconfig, array_to_string(p.tags, ' ')), 'B') ||
           setweight(to_tsvector(?::regconfig, coalesce((
             select string_agg(coalesce(v.sku, '') || ' ' || coalesce((select string_agg(o.value, ' ') from jsonb_each_text(v.options) o), ''), ' ')
             from product_variants v where v.product_id = p.id), '')), 'B') ||
           setweight(to_tsvector(?::regconfig, regexp_replace(p.description, '<[^>]+>', ' ', 'g')), 'C'),
         search_indexed_at = now()
       where p.id = ?`,
      [config, config, config, config, productId],
    );
  });
}

/** Safety net for lost events: documents missing or older than their product, across tenants. */
export async function productsToIndex(
  db: Knex,
  limit: number,
): Promise<{ tenantId: string; productId: string }[]> {
  const { rows } = await db.raw<{ rows: { tenant_id: string; product_id: string }[] }>(
    'select * from products_to_index(?)',
    [limit],
  );
  return rows.map((row) => ({ tenantId: row.tenant_id, productId: row.product_id }));
}
