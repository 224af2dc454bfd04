import { cache } from 'react';
import { cachedRead } from './cached-read';
import type { CatalogResource } from './catalog-cache';
import { readCellApiConfig } from './cell-api-config';
import type { Lookup } from './cell-api';
import {
  createContentApi,
  noSiteDefaults,
  type ContentApi,
  type PageLink,
  type SiteDefaults,
  type StorePage,
} from './content-api';
import { getCatalogContext, type VisitContext } from './current-store';

// The store's content for pages: its navigation links, a page, its SEO defaults and analytics
// ids. Like catalog reads they go through Next's data cache, keyed and tagged by host (the cell
// worker revalidates the store's tag when the merchant changes any of them), except in a
// preview, whose answers are for the token holder alone.

let contentApi: ContentApi | undefined;
function getContentApi(): ContentApi {
  contentApi ??= createContentApi(readCellApiConfig(process.env));
  return contentApi;
}

function read<T>(
  context: VisitContext,
  resource: CatalogResource,
  params: Record<string, string>,
  load: () => Promise<T>,
): Promise<T> {
  if (context.previewToken) return load();
  return cachedRead(resource, context.host, params, load);
}

/** Links to the store's published pages, in the merchant's order; none while it is closed. */
export const loadPageLinks = cache(async (): Promise<PageLink[]> => {
  const context = await getCatalogContext();
  if (!context) return [];
  const result = await read(context, 'pages', {}, () => getContentApi().listPageLinks(context));
  return result.found ? result.value : [];
});

export const loadPage = cache(async (handle: string): Promise<Lookup<StorePage>> => {
  const context = await getCatalogContext();
  if (!context) return { found: false };
  return read(context, 'page', { handle }, () => getContentApi().getPage(context, handle));
});

/**
 * SEO defaults and analytics ids. The page still renders without them: a failed read gives no
 * defaults rather than an error page.
 */
export const loadSiteDefaults = cache(async (): Promise<SiteDefaults> => {
  const context = await getCatalogContext();
  if (!context) return noSiteDefaults;
  try {
    const result = await read(context, 'site-settings', {}, () =>
      getContentApi().getSiteDefaults(context),
    );
    return result.found ? result.value : noSiteDefaults;
  } catch {
    return noSiteDefaults;
  }
});
