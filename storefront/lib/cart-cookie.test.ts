import { cartCookie, cartCookieName, readCartId } from './cart-cookie';

const id = 'a'.repeat(43);

describe('cart cookie', () => {
  it('reads a well-formed cart id among other cookies', () => {
    expect(readCartId(`theme=dark; ${cartCookieName}=${id}; other=1`)).toBe(id);
    expect(readCartId('theme=dark')).toBeUndefined();
    expect(readCartId(`${cartCookieName}=not-a-cart`)).toBeUndefined();
  });

  it('is a host-only, Lax cookie, Secure on https, for 30 days', () => {
    const cookie = cartCookie(id, { secure: true });
    expect(cookie).toBe(`${cartCookieName}=${id}; Max-Age=2592000; Path=/; SameSite=Lax; Secure`);
    expect(cookie).not.toMatch(/Domain=/i);
    expect(cartCookie(id, { secure: false })).not.toContain('Secure');
  });

  it('forgets the cart with an expired cookie', () => {
    expect(cartCookie(null, { secure: false })).toBe(
      `${cartCookieName}=; Max-Age=0; Path=/; SameSite=Lax`,
    );
  });
});
