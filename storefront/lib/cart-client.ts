import {
  cartSchema,
  checkoutStartedSchema,
  errorBodySchema,
  type Cart,
  type ShippingAddress,
} from '@mpb/contracts';
import { cartCookie, readCartId } from './cart-cookie';

// The cart API as the shopper's browser calls it: same origin (`/api/v1/...` on the store's
// host, which the router sends to this cell's API), so the router sees the shopper's address
// for rate limits and the Host names the store. Every answer is re-validated against the
// contract; prices shown always come from the server's last answer.

/** What went wrong, in the API's own terms (`code` drives the message shown). */
export interface CartApiError {
  /** An API error code, or NETWORK / BAD_RESPONSE for failures before one arrives. */
  code: string;
  message: string;
  fields?: Record<string, string> | undefined;
}

export type CartReply =
  { ok: true; cart: Cart } | { ok: false; status: number; error: CartApiError };

/** Fired on window after every change, so the header's cart count follows. */
export const cartChangedEvent = 'mpb:cart-changed';

async function call(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<{ status: number; json: unknown }> {
  const response = await fetch(path, {
    method,
    headers: {
      accept: 'application/json',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    cache: 'no-store',
    credentials: 'same-origin',
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, json };
}

function failure(
  status: number,
  json: unknown,
): { ok: false; status: number; error: CartApiError } {
  const parsed = errorBodySchema.safeParse(json);
  if (parsed.success) {
    const { code, message, fields } = parsed.data.error;
    return { ok: false, status, error: { code, message, fields } };
  }
  return { ok: false, status, error: { code: 'BAD_RESPONSE', message: `HTTP ${status}` } };
}

async function cartCall(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<CartReply> {
  try {
    const { status, json } = await call(method, path, body);
    if (status !== 200 && status !== 201) return failure(status, json);
    const parsed = cartSchema.safeParse(json);
    if (!parsed.success) {
      return { ok: false, status, error: { code: 'BAD_RESPONSE', message: parsed.error.message } };
    }
    announce(parsed.data);
    return { ok: true, cart: parsed.data };
  } catch (error) {
    return {
      ok: false,
      status: 0,
      error: { code: 'NETWORK', message: error instanceof Error ? error.message : String(error) },
    };
  }
}

/** Where the header finds the count without asking the API on every page (per store origin). */
const countKey = 'mpb:cart-count';

function announce(cart: Cart): void {
  rememberCartId(cart.id);
  try {
    window.localStorage.setItem(countKey, String(cart.itemCount));
  } catch {
    // Storage can be disabled or full; the count then shows after the next change.
  }
  window.dispatchEvent(
    new CustomEvent(cartChangedEvent, { detail: { itemCount: cart.itemCount } }),
  );
}

/** The item count last seen for this store's cart; 0 when there is no cart. */
export function rememberedItemCount(): number {
  if (!currentCartId()) return 0;
  try {
    const count = Number(window.localStorage.getItem(countKey) ?? '0');
    return Number.isInteger(count) && count >= 0 ? count : 0;
  } catch {
    return 0;
  }
}

/** Forgets the cart (after checkout, or when the API no longer knows it). */
export function forgetCart(): void {
  rememberCartId(null);
  try {
    window.localStorage.removeItem(countKey);
  } catch {
    // See announce.
  }
  window.dispatchEvent(new CustomEvent(cartChangedEvent, { detail: { itemCount: 0 } }));
}

export { countKey as cartCountStorageKey };

const cartPath = (cartId: string, rest = '') =>
  `/api/v1/carts/${encodeURIComponent(cartId)}${rest}`;

export function currentCartId(): string | undefined {
  return readCartId(document.cookie);
}

export function rememberCartId(cartId: string | null): void {
  document.cookie = cartCookie(cartId, { secure: window.location.protocol === 'https:' });
}

export const getCart = (cartId: string) => cartCall('GET', cartPath(cartId));
export const createCart = () => cartCall('POST', '/api/v1/carts');
export const updateItem = (cartId: string, variantId: string, quantity: number) =>
  cartCall('PATCH', cartPath(cartId, `/items/${encodeURIComponent(variantId)}`), { quantity });
export const removeItem = (cartId: string, variantId: string) =>
  cartCall('DELETE', cartPath(cartId, `/items/${encodeURIComponent(variantId)}`));
export const applyCoupon = (cartId: string, code: string) =>
  cartCall('PUT', cartPath(cartId, '/coupon'), { code });
export const removeCoupon = (cartId: string) => cartCall('DELETE', cartPath(cartId, '/coupon'));
export const setEmail = (cartId: string, email: string) =>
  cartCall('PUT', cartPath(cartId, '/email'), { email });
export const setShippingAddress = (cartId: string, address: ShippingAddress) =>
  cartCall('PUT', cartPath(cartId, '/shipping-address'), address);
export const selectShippingRate = (cartId: string, rateId: string) =>
  cartCall('PUT', cartPath(cartId, '/shipping-rate'), { rateId });

/**
 * Adds units of a variant to the shopper's cart, starting a cart when there is none or the one
 * remembered has expired (the API answers 404 for it).
 */
export async function addToCart(variantId: string, quantity: number): Promise<CartReply> {
  const add = (cartId: string) =>
    cartCall('POST', cartPath(cartId, '/items'), { variantId, quantity });
  const existing = currentCartId();
  if (existing) {
    const added = await add(existing);
    if (added.ok || added.status !== 404 || added.error.code !== 'NOT_FOUND') return added;
    // Only a missing cart starts over; a missing variant is PRODUCT_UNAVAILABLE, not 404.
  }
  const created = await createCart();
  if (!created.ok) return created;
  return add(created.cart.id);
}

export type CheckoutReply =
  { ok: true; url: string } | { ok: false; status: number; error: CartApiError };

/** Starts Stripe Checkout for the cart; the caller sends the shopper to `url`. */
export async function startCheckout(cartId: string, locale: string): Promise<CheckoutReply> {
  try {
    let { status, json } = await call('POST', cartPath(cartId, '/checkout'), { locale });
    // A double click: the first click's payment page is being made; ask again for it.
    for (let attempt = 1; attempt <= 5 && isCheckoutInProgress(status, json); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
      ({ status, json } = await call('POST', cartPath(cartId, '/checkout'), { locale }));
    }
    if (status !== 201 && status !== 200) return failure(status, json);
    const parsed = checkoutStartedSchema.safeParse(json);
    const url = parsed.success ? safeRedirectUrl(parsed.data.url) : undefined;
    if (!parsed.success || !url) {
      return { ok: false, status, error: { code: 'BAD_RESPONSE', message: 'no URL' } };
    }
    rememberCheckout({ cartId, orderId: parsed.data.orderId });
    return { ok: true, url };
  } catch (error) {
    return {
      ok: false,
      status: 0,
      error: { code: 'NETWORK', message: error instanceof Error ? error.message : String(error) },
    };
  }
}

export function isCheckoutInProgress(status: number, json: unknown): boolean {
  return (
    status === 409 &&
    typeof json === 'object' &&
    json !== null &&
    (json as { error?: { code?: unknown } }).error?.code === 'CHECKOUT_IN_PROGRESS'
  );
}

/** Only an absolute http(s) URL may become the page's location (never `javascript:`). */
export function safeRedirectUrl(value: string): string | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

// The cart is not emptied by paying: the API keeps it. The checkout started from this tab is
// remembered, so that its order's confirmation page can forget the cart it came from (and
// only that one: opening an old order link must not empty a new cart).
const checkoutKey = 'mpb:checkout';

function rememberCheckout(checkout: { cartId: string; orderId: string }): void {
  try {
    window.sessionStorage.setItem(checkoutKey, JSON.stringify(checkout));
  } catch {
    // Without storage the cart simply stays until it is emptied or expires.
  }
}

/** On an order's confirmation page: forgets the cart that order was paid from, if this tab started it. */
export function completeCheckout(orderId: string): void {
  try {
    const raw = window.sessionStorage.getItem(checkoutKey);
    const pending = raw ? (JSON.parse(raw) as { cartId?: unknown; orderId?: unknown }) : undefined;
    if (pending?.orderId !== orderId) return;
    window.sessionStorage.removeItem(checkoutKey);
    if (currentCartId() === pending.cartId) forgetCart();
  } catch {
    // Unreadable storage: nothing to complete.
  }
}
