import { normalizeHost } from './store-url';

// Keys and tags of the catalog entries in Next's data cache. Every key and every tag starts
// from the store's host, so an entry filled for one store can never be read for another, and a
// revalidation for one store never touches another's.

/** Safety net for a missed revalidation: no catalog entry is older than this, by default. */
export const defaultCatalogRevalidateSeconds = 300;

/**
 * STOREFRONT_CACHE_SECONDS: how long a catalog entry may be kept without a revalidation;
 * 0 turns the catalog cache off (every page reads the cell API), which the benchmarks compare.
 */
export function readCatalogCacheSeconds(env: Record<string, string | undefined>): number {
  const raw = env.STOREFRONT_CACHE_SECONDS?.trim();
  if (!raw) return defaultCatalogRevalidateSeconds;
  const seconds = Number(raw);
  if (!Number.isInteger(seconds) || seconds < 0 || seconds > 86_400) {
    throw new Error('STOREFRONT_CACHE_SECONDS must be a whole number of seconds from 0 to 86400');
  }
  return seconds;
}

/** Next ignores longer tags entirely (they are never attached, so never revalidated). */
const maxTagLength = 256;

/** What a cached catalog read is of; each has its own key space. */
export type CatalogResource =
  | 'store-products'
  | 'product'
  | 'collections'
  | 'collection'
  | 'collection-products'
  | 'filter-choices'
  | 'sitemap'
  // The store's content (lib/content.ts): navigation, a page, SEO defaults and analytics ids.
  | 'pages'
  | 'page'
  | 'site-settings';

/** Every catalog entry of the store. */
export function storeTag(host: string): string {
  return `store:${normalizeHost(host)}`;
}

/** Entries that list products (home, collections, sitemap): any product change touches them. */
export function listingsTag(host: string): string {
  return `listings:${normalizeHost(host)}`;
}

/**
 * One product's page. A host and handle too long for one tag fall back to the store's tag,
 * both when the entry is tagged and when it is revalidated, so the revalidation still reaches it.
 */
export function productTag(host: string, handle: string): string {
  const tag = `product:${normalizeHost(host)}:${handle}`;
  return tag.length <= maxTagLength ? tag : storeTag(host);
}

export function catalogTags(resource: CatalogResource, host: string, handle?: string): string[] {
  switch (resource) {
    case 'product':
      return [storeTag(host), productTag(host, handle ?? '')];
    case 'store-products':
    case 'collection-products':
    case 'filter-choices':
    case 'sitemap':
      return [storeTag(host), listingsTag(host)];
    case 'collections':
    case 'collection':
    case 'pages':
    case 'page':
    case 'site-settings':
      return [storeTag(host)];
  }
}

/**
 * The parameters of a cached read with the shopper's content language (`lang`) added when it
 * is not the store's own: the API answers differ by it, so the key must too, or one shopper
 * would be served another language's products. Undefined (the store's language) leaves the
 * key as it always was.
 */
export function withContentLanguage(
  params: Record<string, string | number | boolean | undefined>,
  contentLanguage: string | undefined,
): Record<string, string | number | boolean | undefined> {
  return contentLanguage ? { ...params, lang: contentLanguage } : params;
}

/** A stable string for the read's parameters: keys sorted, undefined dropped. */
function canonicalParams(params: Record<string, string | number | boolean | undefined>): string {
  const entries = Object.entries(params)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(entries);
}

/**
 * The key parts of one cached read (`unstable_cache`'s `keyParts`). The normalised host is
 * always one of them: two hosts of different stores can never share an entry, while the same
 * store reached with and without a port (which the cell API resolves to the same tenant) does.
 * Parts are URI-encoded, so Next's comma join cannot make two different reads collide.
 */
export function catalogCacheKey(
  resource: CatalogResource,
  host: string,
  params: Record<string, string | number | boolean | undefined> = {},
): string[] {
  const normalized = normalizeHost(host);
  if (!normalized) throw new Error('A catalog cache key needs the store’s host');
  return ['storefront-catalog', 'v1', resource, `host=${normalized}`, canonicalParams(params)].map(
    (part) => encodeURIComponent(part),
  );
}
