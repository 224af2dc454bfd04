import { createHash, randomBytes } from 'node:crypto';

/** How long a sign-in link works: long enough to open the mailbox, short enough to be useless later. */
export const LOGIN_TOKEN_TTL_MINUTES = 15;

/**
 * A sign-in token: 32 random bytes, base64url, for the link, and the SHA-256 (hex) of that
 * base64url string, for the database. The sign-in check hashes the token it receives the same way.
 */
export function createLoginToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashLoginToken(token) };
}

export function hashLoginToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * `<store>/account/login?token=…`, plus `next=<path>` when the shopper asked to come back to a
 * page of this store. Only same-site paths are kept: `//evil.example` or `/\evil` would turn the
 * link into an open redirect.
 */
export function loginLink(storeUrl: string, token: string, returnPath: string | null): string {
  const url = new URL('/account/login', storeUrl);
  url.searchParams.set('token', token);
  if (returnPath && isSafeReturnPath(returnPath)) url.searchParams.set('next', returnPath);
  return url.toString();
}

export function isSafeReturnPath(path: string): boolean {
  return (
    path.length <= 512 &&
    path.startsWith('/') &&
    !path.startsWith('//') &&
    !path.includes('\\') &&
    // Control characters (tabs, newlines) are stripped by browsers and can hide a `//`.
    ![...path].some((character) => character.charCodeAt(0) < 0x20 || character === '\u007f')
  );
}
