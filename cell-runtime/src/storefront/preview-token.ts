import { createHmac, timingSafeEqual } from 'node:crypto';
import { previewTokenPattern } from '@mpb/contracts';

/** How long a preview token is good for: long enough for a wizard step, short if it leaks. */
export const PREVIEW_TOKEN_TTL_SECONDS = 30 * 60;

// Binds the signature to this use of the secret, so it can never stand for another kind of token.
const purpose = 'mpb-storefront-preview-v1';

interface PreviewClaims {
  /** The store the token shows. */
  t: string;
  /** Expiry, in seconds since the epoch. */
  e: number;
}

function sign(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(`${purpose}.${payload}`).digest('base64url');
}

/**
 * A token that lets the storefront show `tenantId`'s store before it is published:
 * `<base64url JSON {t, e}>.<base64url HMAC-SHA256>`. It names the store and the expiry and
 * nothing else; it grants reading the store as shoppers will see it, never any staff action.
 */
export function signPreviewToken(
  secret: string,
  tenantId: string,
  now: Date = new Date(),
  ttlSeconds = PREVIEW_TOKEN_TTL_SECONDS,
): { token: string; expiresAt: Date } {
  const expires = Math.floor(now.getTime() / 1000) + ttlSeconds;
  const claims: PreviewClaims = { t: tenantId, e: expires };
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return { token: `${payload}.${sign(secret, payload)}`, expiresAt: new Date(expires * 1000) };
}

/**
 * The expiry of a token that is well formed, signed with `secret`, unexpired and for `tenantId`;
 * undefined for anything else (another store's token, an expired or altered one, garbage).
 * The signature is checked before the payload is read, in constant time.
 */
export function verifyPreviewToken(
  secret: string,
  token: string,
  tenantId: string,
  now: Date = new Date(),
): Date | undefined {
  if (!previewTokenPattern.test(token)) return undefined;
  const [payload = '', signature = ''] = token.split('.');
  const expected = Buffer.from(sign(secret, payload));
  const presented = Buffer.from(signature);
  if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) {
    return undefined;
  }
  let claims: Partial<PreviewClaims>;
  try {
    claims = JSON.parse(
      Buffer.from(payload, 'base64url').toString('utf8'),
    ) as Partial<PreviewClaims>;
  } catch {
    return undefined;
  }
  if (claims.t !== tenantId || typeof claims.e !== 'number') return undefined;
  if (claims.e * 1000 <= now.getTime()) return undefined;
  return new Date(claims.e * 1000);
}
