import { NextResponse, type NextRequest } from 'next/server';
import { previewRequestHeader, previewSearch, readPreviewRequest } from './lib/preview';
import {
  preferenceCookies,
  preferenceRequestHeader,
  preferenceSearch,
  readPreferenceQuery,
} from './lib/shopper-preferences';

/**
 * Hands a preview link's parameters to the pages (the root layout has no access to the query,
 * and needs the template and colours being tried), and marks every preview response as one no
 * cache may keep and no search engine may index. The token is checked by the cell API, not
 * here; a header of the same name sent by the client is always replaced or removed.
 *
 * Likewise a shopper's explicit choice of language or currency (`?lang=es`, `?currency=EUR`,
 * from the header's switchers or a hreflang link): passed to the pages in a header the client
 * cannot set, and remembered in cookies of the store's own host. Whether the store offers it is
 * the pages' decision (current-store.ts).
 */
export function proxy(request: NextRequest) {
  const preview = readPreviewRequest(request.nextUrl.searchParams);
  const choice = readPreferenceQuery(request.nextUrl.searchParams);
  const chosen = preferenceSearch(choice);
  if (
    !preview &&
    !chosen &&
    !request.headers.has(previewRequestHeader) &&
    !request.headers.has(preferenceRequestHeader)
  ) {
    return NextResponse.next();
  }
  const headers = new Headers(request.headers);
  headers.delete(previewRequestHeader);
  headers.delete(preferenceRequestHeader);
  if (preview) headers.set(previewRequestHeader, previewSearch(preview));
  if (chosen) headers.set(preferenceRequestHeader, chosen);
  const response = NextResponse.next({ request: { headers } });

  if (preview) {
    response.headers.set('cache-control', 'private, no-store');
    response.headers.set('x-robots-tag', 'noindex, nofollow');
  }
  const secure = (request.headers.get('x-forwarded-proto') ?? request.nextUrl.protocol)
    .toLowerCase()
    .startsWith('https');
  for (const cookie of preferenceCookies(choice, { secure })) {
    response.cookies.set(cookie.name, cookie.value, cookie.options);
  }
  return response;
}

export const config = {
  // Pages only: not Next's assets, the health check, the worker's revalidation, robots or sitemap.
  matcher: ['/((?!_next/|healthz|internal/|robots\\.txt|sitemap\\.xml|favicon\\.ico).*)'],
};
