import { createHash, randomBytes } from 'node:crypto';

/** How long a customer stays signed in. */
export const SESSION_TTL_DAYS = 30;

/**
 * A customer session token: 32 random bytes, base64url, handed to the browser once; the
 * database keeps only its SHA-256 (hex), so a leaked table signs nobody in.
 */
export function createSessionToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashToken(token) };
}

/** The same digest as sign-in tokens (`notifications/login-token.ts`). */
export const hashToken = (token: string): string =>
  createHash('sha256').update(token).digest('hex');

export const isWellFormedToken = (token: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(token);
