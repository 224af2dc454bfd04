import { cartIdSchema } from '@mpb/contracts';

// The shopper's cart id lives in a cookie of the store's own host: no Domain attribute, so it is
// never sent to another store, even one on a sibling subdomain. Client code reads it to call the
// cart API (same origin, proxied by the router), so it cannot be httpOnly; it grants access to a
// cart and nothing else.

export const cartCookieName = 'mpb_cart';

/** Carts live 30 days after their last change in the API; the cookie follows the same rule. */
export const cartCookieMaxAgeSeconds = 30 * 24 * 60 * 60;

/** The cart id in a Cookie header or `document.cookie`, if it is a well-formed one. */
export function readCartId(cookies: string): string | undefined {
  for (const part of cookies.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name !== cartCookieName) continue;
    const value = rest.join('=');
    return cartIdSchema.safeParse(value).success ? value : undefined;
  }
  return undefined;
}

/** A `document.cookie` assignment that stores (or, with `null`, forgets) the cart id. */
export function cartCookie(cartId: string | null, options: { secure: boolean }): string {
  const attributes = ['Path=/', 'SameSite=Lax'];
  if (options.secure) attributes.push('Secure');
  const value = cartId ?? '';
  const maxAge = cartId ? cartCookieMaxAgeSeconds : 0;
  return [`${cartCookieName}=${value}`, `Max-Age=${maxAge}`, ...attributes].join('; ');
}
