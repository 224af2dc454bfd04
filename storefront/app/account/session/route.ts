import { cookies } from 'next/headers';
import { getAccountApi } from '../../../lib/account';
import { getRequestContext } from '../../../lib/current-store';
import { safeReturnPath } from '../../../lib/safe-path';
import { isSameOriginPost, seeOther } from '../../../lib/same-origin';
import { sessionCookieName, sessionCookieOptions } from '../../../lib/session-cookie';
import { isHttpsOrigin } from '../../../lib/store-url';

// Signing in with a sign-in link. A plain form post answered by a redirect, rather than a server
// action: an action's redirect is re-rendered by Next through an internal fetch that loses the
// Host header, and so the store. A POST, not the link's GET, so mail scanners that fetch links
// do not use up one-time tokens.
export const dynamic = 'force-dynamic';

function loginPath(error: string, next: string | undefined): string {
  const query = new URLSearchParams({ error });
  if (next) query.set('next', next);
  return `/account/login?${query}`;
}

export async function POST(request: Request): Promise<Response> {
  const context = await getRequestContext();
  if (!context || !isSameOriginPost(request.headers.get('origin'), context.host)) {
    return new Response('Forbidden\n', { status: 403, headers: { 'cache-control': 'no-store' } });
  }
  const form = await request.formData().catch(() => undefined);
  const token = form?.get('token');
  const next = safeReturnPath(form?.get('next'));
  if (typeof token !== 'string' || token.length === 0 || token.length > 256) {
    return seeOther(loginPath('invalid-link', next));
  }

  const outcome = await getAccountApi().signIn(context, token);
  if (!outcome.ok) return seeOther(loginPath(outcome.reason, next));
  // httpOnly, SameSite=Lax, Secure over https, expiring with the session (session-cookie.ts).
  (await cookies()).set(
    sessionCookieName,
    outcome.session.sessionToken,
    sessionCookieOptions({
      secure: isHttpsOrigin(context.origin),
      expiresAt: outcome.session.expiresAt,
    }),
  );
  return seeOther(next ?? '/account');
}
