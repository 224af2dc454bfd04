import { unstable_cache } from 'next/cache';
import {
  catalogCacheKey,
  catalogTags,
  readCatalogCacheSeconds,
  type CatalogResource,
} from './catalog-cache';

const cacheSeconds = readCatalogCacheSeconds(process.env);

/**
 * One catalog read through Next's data cache, keyed and tagged by the store's host (see
 * catalog-cache.ts). `load` must depend only on `host` and `params`: they are the whole key.
 * Failures are thrown and so never cached; answers, "not found" included, are kept until a
 * revalidation of one of their tags or for STOREFRONT_CACHE_SECONDS at most (0: no cache).
 */
export function cachedRead<T>(
  resource: CatalogResource,
  host: string,
  params: Record<string, string | number | boolean | undefined>,
  load: () => Promise<T>,
  handle?: string,
): Promise<T> {
  if (cacheSeconds === 0) return load();
  return unstable_cache(load, catalogCacheKey(resource, host, params), {
    tags: catalogTags(resource, host, handle),
    revalidate: cacheSeconds,
  })();
}
