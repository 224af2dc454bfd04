import type { PublicProduct, PublicProductQuery } from '@mpb/contracts';
import { withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { applyCollectionRules } from '../collections/rules-sql';
import { findPublishedCollection } from '../collections/repository';
import type { MediaUrlOptions } from '../media/views';
import { loadDetails } from './product-details';
import type { ProductRow } from './repository';
import { shopperLanguage } from './shopper-language';
import { decodeSortCursor, encodeSortCursor, type ListingSort } from './sort-cursor';
import { currentStore, isVisibleTo, type Audience } from './store';
import { toPublicProductView } from './views';

export interface ProductFilters {
  tag?: string;
  minPrice?: number;
  maxPrice?: number;
  options?: Record<string, string[]>;
  inStock?: boolean;
}

/** Filters shared by the listing and search: always over `products as p`, active products only. */
export function applyProductFilters(query: Knex.QueryBuilder, filters: ProductFilters): void {
  void query.where('p.status', 'active');
  if (filters.tag) void query.whereRaw('p.tags @> array[?]::text[]', [filters.tag]);
  const variantExists = (build: (sub: Knex.QueryBuilder) => void) =>
    query.whereExists((sub) => {
      void sub
        .select(sub.client.raw('1'))
        .from('product_variants as v')
        .whereRaw('v.product_id = p.id');
      build(sub);
    });
  if (filters.minPrice !== undefined || filters.maxPrice !== undefined) {
    variantExists((sub) => {
      if (filters.minPrice !== undefined)
        void sub.whereRaw('coalesce(v.price, p.price) >= ?', [filters.minPrice]);
      if (filters.maxPrice !== undefined)
        void sub.whereRaw('coalesce(v.price, p.price) <= ?', [filters.maxPrice]);
    });
  }
  // One variant must match every requested axis: "size M and colour blue" is one variant.
  if (filters.options && Object.keys(filters.options).length > 0) {
    const axes = filters.options;
    variantExists((sub) => {
      for (const [name, values] of Object.entries(axes))
        void sub.whereRaw('v.options ->> ? = any(?::text[])', [name, values]);
    });
  }
  if (filters.inStock === true)
    variantExists((sub) => void sub.whereRaw('v.stock - v.reserved > 0'));
  if (filters.inStock === false) {
    void query.whereNotExists((sub) =>
      sub
        .select(sub.client.raw('1'))
        .from('product_variants as v')
        .whereRaw('v.product_id = p.id and v.stock - v.reserved > 0'),
    );
  }
}

const orderings: Record<
  Exclude<ListingSort, 'manual'>,
  { expression: string; direction: 'asc' | 'desc' }
> = {
  newest: { expression: 'p.created_at', direction: 'desc' },
  price_asc: { expression: 'p.price', direction: 'asc' },
  price_desc: { expression: 'p.price', direction: 'desc' },
  title_asc: { expression: 'lower(p.title)', direction: 'asc' },
};

/**
 * The storefront's product listing: filters (collection, category, tag, price, option values,
 * availability), a sort, and keyset pages whose cursor carries the sort's own key. Titles and
 * descriptions are in `lang` where translated; the `title_asc` sort stays on the product's own
 * title, so a page boundary never depends on the shopper's language.
 */
export async function listPublishedProducts(
  db: Knex,
  tenantId: string,
  request: PublicProductQuery,
  mediaUrls: MediaUrlOptions = {},
  audience: Audience = 'public',
): Promise<{ items: PublicProduct[]; nextCursor: string | null }> {
  return withTenant(db, tenantId, async (trx) => {
    const store = await currentStore(trx);
    if (!isVisibleTo(store, audience)) throw AppError.notFound('Store');
    const query = trx('products as p');
    applyProductFilters(query, request);

    let sort: ListingSort = request.sort ?? 'newest';
    let positionJoined = false;
    if (request.collection) {
      const collection = await findPublishedCollection(trx, request.collection);
      if (!collection) throw AppError.notFound('Collection');
      if (collection.kind === 'manual') {
        void query
          .join('collection_products as cp', 'cp.product_id', 'p.id')
          .where('cp.collection_id', collection.id);
        positionJoined = true;
      } else if (collection.rules) {
        applyCollectionRules(query, collection.rules);
      }
      sort = request.sort ?? collection.sort;
    }
    if (sort === 'manual' && !positionJoined) {
      throw AppError.validation({ sort: 'manual order needs a manual collection' });
    }
    if (request.category) {
      void query.whereExists((sub) =>
        sub
          .select(sub.client.raw('1'))
          .from('product_categories as pc')
          .join('categories as c', 'c.id', 'pc.category_id')
          .whereRaw('pc.product_id = p.id')
          .where('c.handle', request.category),
      );
    }

    const { expression, direction } =
      sort === 'manual'
        ? { expression: 'cp.position', direction: 'asc' as const }
        : orderings[sort];
    const after = decodeSortCursor(request.cursor, sort);
    if (after) {
      const operator = direction === 'asc' ? '>' : '<';
      const cast = sort === 'newest' ? '::timestamptz' : '';
      void query.whereRaw(`(${expression}, p.id) ${operator} (?${cast}, ?::uuid)`, [
        after.value,
        after.id,
      ]);
    }
    const rows = await query
      .orderByRaw(`${expression} ${direction}, p.id ${direction}`)
      .limit(request.limit + 1)
      .select<(ProductRow & { sort_key: string | number | Date })[]>(
        'p.*',
        trx.raw(`${expression} as sort_key`),
      );

    const page = rows.slice(0, request.limit);
    const last = page[page.length - 1];
    const { language, translations } = await shopperLanguage(trx, store, request.lang);
    const details = await loadDetails(trx, page, mediaUrls, translations);
    return {
      items: details.map((detail) => toPublicProductView(detail, store.currency, language)),
      nextCursor:
        rows.length > request.limit && last
          ? encodeSortCursor({
              sort,
              value: last.sort_key instanceof Date ? last.sort_key.toISOString() : last.sort_key,
              id: last.id,
            })
          : null,
    };
  });
}
