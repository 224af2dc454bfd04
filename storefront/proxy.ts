import { NextResponse, type NextRequest } from 'next/server';
import { previewRequestHeader, previewSearch, readPreviewRequest } from './lib/preview';

/**
 * Hands a preview link's parameters to the pages (the root layout has no access to the query,
 * and needs the template and colours being tried), and marks every preview response as one no
 * cache may keep and no search engine may index. The token is checked by the cell API, not
 * here; a header of the same name sent by the client is always replaced or removed.
 */
export function proxy(request: NextRequest) {
  const preview = readPreviewRequest(request.nextUrl.searchParams);
  if (!preview && !request.headers.has(previewRequestHeader)) return NextResponse.next();
  const headers = new Headers(request.headers);
  headers.delete(previewRequestHeader);
  if (!preview) return NextResponse.next({ request: { headers } });

  headers.set(previewRequestHeader, previewSearch(preview));
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('cache-control', 'private, no-store');
  response.headers.set('x-robots-tag', 'noindex, nofollow');
  return response;
}

export const config = {
  // Pages only: not Next's assets, the health check, the worker's revalidation, robots or sitemap.
  matcher: ['/((?!_next/|healthz|internal/|robots\\.txt|sitemap\\.xml|favicon\\.ico).*)'],
};
