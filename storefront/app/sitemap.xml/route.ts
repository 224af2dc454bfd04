import { loadSitemapEntries } from '../../lib/catalog';
import { loadPageLinks } from '../../lib/content';
import { getRequestContext, settleStore } from '../../lib/current-store';
import { sitemapXml } from '../../lib/sitemap';

// Per store, from the Host of the request; the list of handles is one cached catalog entry.
export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  const outcome = await settleStore();
  const context = await getRequestContext();
  if (outcome.kind === 'unavailable') throw outcome.error;
  if (outcome.kind !== 'store' || !outcome.store.live || !context) {
    return new Response('Not found\n', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    });
  }
  const entries = await loadSitemapEntries();
  if (!entries.found) {
    return new Response('Not found\n', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    });
  }
  const pages = await loadPageLinks();
  const pagePaths = pages.map((page) => page.href);
  return new Response(sitemapXml(context.origin, { ...entries.value, pagePaths }), {
    headers: {
      'content-type': 'application/xml; charset=utf-8',
      // Revalidated by the storefront's own cache; intermediaries must ask again.
      'cache-control': 'no-cache',
    },
  });
}
