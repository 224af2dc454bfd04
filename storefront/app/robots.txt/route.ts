import { getRequestContext, settleStore } from '../../lib/current-store';
import { robotsTxt } from '../../lib/sitemap';

export const dynamic = 'force-dynamic';

/** Per store: a live store is open to crawlers; an unpublished or unknown one is not. */
export async function GET(): Promise<Response> {
  const outcome = await settleStore();
  const context = await getRequestContext();
  const live = outcome.kind === 'store' && outcome.store.live && !!context;
  const body = robotsTxt(context?.origin ?? '', live);
  return new Response(body, {
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'no-cache',
      ...(live ? {} : { 'x-robots-tag': 'noindex, nofollow' }),
    },
  });
}
