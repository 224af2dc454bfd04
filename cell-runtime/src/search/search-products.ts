import type { SearchQuery, searchResultSchema } from '@mpb/contracts';
import type { z } from 'zod';
import { withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { loadDetails } from '../catalog/product-details';
import type { MediaUrlOptions } from '../media/views';

import { applyProductFilters } from '../catalog/public-listing';
import type { ProductRow } from '../catalog/repository';
import { currentStore, isVisibleTo, type Audience } from '../catalog/store';
import { toPublicProductView } from '../catalog/views';
import { prefixQuery, searchConfig } from './language';

type SearchResult = z.infer<typeof searchResultSchema>;

const MAX_OFFSET = 500;

function decodeOffset(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  const offset = Number(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!Number.isInteger(offset) || offset < 0 || offset > MAX_OFFSET) {
    throw AppError.validation({ cursor: 'is not a cursor this API returned' });
  }
  return offset;
}

/**
 * Ranked full-text search with the listing's filters, and facet counts (tags, option values,
 * price range, availability) over everything that matches. Results are ranked, so pages are
 * by offset, bounded to the first 500 matches.
 */
export async function searchProducts(
  db: Knex,
  tenantId: string,
  request: SearchQuery,
  mediaUrls: MediaUrlOptions = {},
  audience: Audience = 'public',
): Promise<SearchResult> {
  const offset = decodeOffset(request.cursor);
  return withTenant(db, tenantId, async (trx) => {
    const store = await currentStore(trx);
    if (!isVisibleTo(store, audience)) throw AppError.notFound('Store');
    const empty = {
      items: [],
      total: 0,
      facets: {
        tags: [],
        options: [],
        price: { min: null, max: null },
        availability: { inStock: 0, outOfStock: 0 },
      },
      nextCursor: null,
    };
    const tsquery = prefixQuery(request.q);
    if (!tsquery) return empty;
    const config = searchConfig(store.language);

    // The matching set, filtered; facets and the page are computed from it.
    const matches = trx('products as p')
      .whereRaw('p.search_document @@ to_tsquery(?::regconfig, ?)', [config, tsquery])
      .select('p.id');
    applyProductFilters(matches, request);

    // One after another: the queries share the transaction's single connection.
    const rows = await trx('products as p')
      .whereIn('p.id', matches.clone())
      .orderByRaw(
        'ts_rank_cd(p.search_document, to_tsquery(?::regconfig, ?)) desc, p.created_at desc, p.id',
        [config, tsquery],
      )
      .offset(offset)
      .limit(request.limit + 1)
      .select<ProductRow[]>('p.*');
    const total = await trx('products as p')
      .whereIn('p.id', matches.clone())
      .count<{ count: string }[]>('* as count');
    const tags = await trx
      .select(trx.raw('tag as value'), trx.raw('count(*)::int as count'))
      .from(
        trx('products as p')
          .whereIn('p.id', matches.clone())
          .select(trx.raw('unnest(p.tags) as tag'))
          .as('t'),
      )
      .groupBy('tag')
      .orderBy([{ column: 'count', order: 'desc' }, { column: 'value' }])
      .limit(20);
    const options = await trx('product_variants as v')
      .whereIn('v.product_id', matches.clone())
      .joinRaw('cross join lateral jsonb_each_text(v.options) as o')
      .groupByRaw('o.key, o.value')
      .orderByRaw('o.key, count(distinct v.product_id) desc, o.value')
      .select<{ name: string; value: string; count: number }[]>(
        trx.raw('o.key as name'),
        trx.raw('o.value as value'),
        trx.raw('count(distinct v.product_id)::int as count'),
      );
    const price = await trx('product_variants as v')
      .join('products as p', 'p.id', 'v.product_id')
      .whereIn('p.id', matches.clone())
      .first<{ min: number | null; max: number | null }>(
        trx.raw('min(coalesce(v.price, p.price))::bigint as min'),
        trx.raw('max(coalesce(v.price, p.price))::bigint as max'),
      );
    const availability = await trx('products as p')
      .whereIn('p.id', matches.clone())
      .first<{ in_stock: number; out_of_stock: number }>(
        trx.raw(
          'count(*) filter (where exists (select 1 from product_variants v where v.product_id = p.id and v.stock - v.reserved > 0))::int as in_stock',
        ),
        trx.raw(
          'count(*) filter (where not exists (select 1 from product_variants v where v.product_id = p.id and v.stock - v.reserved > 0))::int as out_of_stock',
        ),
      );

    const byOption = new Map<string, { value: string; count: number }[]>();
    for (const row of options)
      byOption.set(row.name, [
        ...(byOption.get(row.name) ?? []),
        { value: row.value, count: row.count },
      ]);
    const page = rows.slice(0, request.limit);
    const next = offset + request.limit;
    // Search stays in the store's language (ADR 0021): no translations to load.
    return {
      items: (await loadDetails(trx, page, mediaUrls, 'none')).map((details) =>
        toPublicProductView(details, store.currency),
      ),
      total: Number(total[0]?.count ?? 0),
      facets: {
        tags: tags as { value: string; count: number }[],
        options: [...byOption].map(([name, values]) => ({ name, values })),
        price: {
          min: price?.min === null || price?.min === undefined ? null : Number(price.min),
          max: price?.max === null || price?.max === undefined ? null : Number(price.max),
        },
        availability: {
          inStock: availability?.in_stock ?? 0,
          outOfStock: availability?.out_of_stock ?? 0,
        },
      },
      nextCursor:
        rows.length > request.limit && next <= MAX_OFFSET
          ? Buffer.from(String(next)).toString('base64url')
          : null,
    };
  });
}
