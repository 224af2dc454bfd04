import { cookies } from 'next/headers';
import { getAccountApi, readSessionToken } from '../../../lib/account';
import { getRequestContext } from '../../../lib/current-store';
import { isSameOriginPost, seeOther } from '../../../lib/same-origin';
import { sessionCookieName } from '../../../lib/session-cookie';

export const dynamic = 'force-dynamic';

/** Signs out: ends the session at the API, forgets the cookie, back to the sign-in page. */
export async function POST(request: Request): Promise<Response> {
  const context = await getRequestContext();
  if (!context || !isSameOriginPost(request.headers.get('origin'), context.host)) {
    return new Response('Forbidden\n', { status: 403, headers: { 'cache-control': 'no-store' } });
  }
  const sessionToken = await readSessionToken();
  if (sessionToken) await getAccountApi().signOut(context, sessionToken);
  (await cookies()).delete(sessionCookieName);
  return seeOther('/account/login');
}
