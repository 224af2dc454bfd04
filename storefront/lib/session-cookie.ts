// The shopper's account session lives in an httpOnly cookie of the store's own host: scripts on
// the page cannot read it, and no other store (even on a sibling subdomain) receives it.

export const sessionCookieName = 'mpb_session';

/** Session tokens are opaque to us; anything outside this shape is not worth sending on. */
export function isPlausibleSessionToken(value: string | undefined): value is string {
  return !!value && value.length <= 512 && /^[A-Za-z0-9._~+/=-]+$/.test(value);
}

export interface SessionCookieOptions {
  httpOnly: true;
  secure: boolean;
  sameSite: 'lax';
  path: '/';
  expires: Date;
}

/**
 * Attributes of the session cookie: httpOnly, SameSite=Lax (sent when following a link to the
 * store, not on cross-site posts), Secure whenever the store is reached over https, and expiring
 * with the session itself.
 */
export function sessionCookieOptions(input: {
  secure: boolean;
  expiresAt: string;
  now?: Date;
}): SessionCookieOptions {
  const expires = new Date(input.expiresAt);
  const fallback = new Date((input.now ?? new Date()).getTime() + 24 * 60 * 60 * 1000);
  return {
    httpOnly: true,
    secure: input.secure,
    sameSite: 'lax',
    path: '/',
    expires: Number.isNaN(expires.getTime()) ? fallback : expires,
  };
}
