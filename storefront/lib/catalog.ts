import { cache } from 'react';
import { cachedRead } from './cached-read';
import type { Collection, Lookup, Product, ProductPage, SearchResult } from './cell-api';
import { getCatalogContext, getCellApi, type VisitContext } from './current-store';
import { withContentLanguage, type CatalogResource } from './catalog-cache';
import { choicesOf, emptyChoices, type FilterChoices } from './filter-choices';

// Catalog reads for pages. The canonical views (the home page, a collection's unfiltered pages,
// products, collections, the sitemap) go through Next's data cache, keyed and tagged by host;
// filtered listings, deeper pages and search go straight to the API, because their key space is
// whatever a visitor types and would let anyone fill the cache. React `cache` still shares each
// read between the metadata and the page of one request.

export const pageSize = 24;
// The API's largest page; used to gather filter choices and the sitemap.
const largePage = 100;
// 50,000 URLs is a sitemap's limit.
const maxSitemapPages = 500;

export interface ListingPage {
  collection?: string | undefined;
  filters: Record<string, string>;
  sort?: string | undefined;
  cursor?: string | undefined;
}

/**
 * A catalog read through the data cache, keyed and tagged by host (and by the shopper's content
 * language, which the reads send to the API), except in a preview: a preview's answers are for
 * the token holder alone (and may show a store that is not live), so they are never cached
 * where other visits would find them.
 */
function readThroughCache<T>(
  context: VisitContext,
  resource: CatalogResource,
  params: Record<string, string | number | boolean | undefined>,
  load: () => Promise<T>,
  handle?: string,
): Promise<T> {
  if (context.previewToken) return load();
  const key = withContentLanguage(params, context.contentLanguage);
  return cachedRead(resource, context.host, key, load, handle);
}

function isCanonicalView(page: ListingPage): boolean {
  return Object.keys(page.filters).length === 0 && !page.cursor;
}

const loadListingByKey = cache(async (key: string): Promise<Lookup<ProductPage>> => {
  const context = await getCatalogContext();
  if (!context) return { found: false };
  const page = JSON.parse(key) as ListingPage;
  const read = () =>
    getCellApi().listProducts(context, {
      collection: page.collection,
      filters: page.filters,
      sort: page.sort,
      cursor: page.cursor,
      limit: pageSize,
    });
  if (!isCanonicalView(page)) return read();
  return readThroughCache(
    context,
    page.collection ? 'collection-products' : 'store-products',
    { collection: page.collection, sort: page.sort, limit: pageSize },
    read,
  );
});

/** One page of products: the store's newest, or a collection's, filtered and sorted. */
export function loadListing(page: ListingPage): Promise<Lookup<ProductPage>> {
  return loadListingByKey(
    JSON.stringify({
      collection: page.collection,
      filters: page.filters,
      sort: page.sort,
      cursor: page.cursor,
    }),
  );
}

export const loadProduct = cache(async (handle: string): Promise<Lookup<Product>> => {
  const context = await getCatalogContext();
  if (!context) return { found: false };
  return readThroughCache(
    context,
    'product',
    { handle },
    () => getCellApi().getProduct(context, handle),
    handle,
  );
});

export const loadCollections = cache(async (): Promise<Lookup<Collection[]>> => {
  const context = await getCatalogContext();
  if (!context) return { found: false };
  return readThroughCache(context, 'collections', {}, () => getCellApi().listCollections(context));
});

export const loadCollection = cache(async (handle: string): Promise<Lookup<Collection>> => {
  const context = await getCatalogContext();
  if (!context) return { found: false };
  return readThroughCache(context, 'collection', { handle }, () =>
    getCellApi().getCollection(context, handle),
  );
});

/**
 * What a collection can be filtered by: the tags, option values and price range of its first
 * hundred products, counted per product. The listing API has no facets, and this one cached read
 * per collection is enough to offer sensible choices.
 */
export const loadFilterChoices = cache(
  async (collection: string | undefined): Promise<FilterChoices> => {
    const context = await getCatalogContext();
    if (!context) return emptyChoices();
    const page = await readThroughCache(
      context,
      'filter-choices',
      { collection, limit: largePage },
      () => getCellApi().listProducts(context, { collection, limit: largePage }),
    );
    return page.found ? choicesOf(page.value.items) : emptyChoices();
  },
);

export interface SearchPage {
  q: string;
  filters: Record<string, string>;
  cursor?: string | undefined;
}

const searchByKey = cache(async (key: string): Promise<Lookup<SearchResult>> => {
  const context = await getCatalogContext();
  if (!context) return { found: false };
  const request = JSON.parse(key) as SearchPage;
  return getCellApi().search(context, { ...request, limit: pageSize });
});

/** Search results with facets; never cached across requests, every query being different. */
export function loadSearch(page: SearchPage): Promise<Lookup<SearchResult>> {
  return searchByKey(JSON.stringify({ q: page.q, filters: page.filters, cursor: page.cursor }));
}

export interface SitemapEntries {
  products: string[];
  collections: string[];
}

/** Every product and collection handle of the store, for sitemap.xml (cached as one entry). */
export async function loadSitemapEntries(): Promise<Lookup<SitemapEntries>> {
  const context = await getCatalogContext();
  if (!context) return { found: false };
  return readThroughCache(context, 'sitemap', {}, async () => {
    const api = getCellApi();
    const products: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < maxSitemapPages; page += 1) {
      const result = await api.listProducts(context, { cursor, limit: largePage });
      if (!result.found) return result;
      products.push(...result.value.items.map((item) => item.handle));
      if (!result.value.nextCursor) break;
      cursor = result.value.nextCursor;
    }
    const collections = await api.listCollections(context);
    if (!collections.found) return collections;
    return {
      found: true,
      value: { products, collections: collections.value.map((item) => item.handle) },
    };
  });
}
