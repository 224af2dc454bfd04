import type { Cart, ShippingAddress } from '@mpb/contracts';
import { withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { currentStore, isOpenToPublic, type StoreRow } from '../catalog/store';
import { couponProblem, findCouponByCode } from '../selling/coupons';
import { subtotalOf } from '../selling/pricing';
import { loadSettings, type SettingsRow } from '../selling/settings';
import type { CartStore, StoredCart } from './cart-store';
import { evaluateCart, loadVariants, type EvaluatedCart } from './evaluate-cart';

export interface CartDeps {
  db: Knex;
  carts: CartStore;
}

interface Scope {
  trx: Knex.Transaction;
  store: StoreRow;
  settings: SettingsRow;
}

/** Runs cart work against an open store, with its settings, in one tenant transaction. */
async function inStore<T>(
  deps: CartDeps,
  tenantId: string,
  work: (scope: Scope) => Promise<T>,
): Promise<T> {
  return withTenant(deps.db, tenantId, async (trx) => {
    const store = await currentStore(trx);
    if (!isOpenToPublic(store)) throw AppError.notFound('Store');
    return work({ trx, store, settings: await loadSettings(trx, tenantId) });
  });
}

const unavailable = () =>
  new AppError('PRODUCT_UNAVAILABLE', 'This product is not available', {
    fields: { variantId: 'is not available' },
  });

/** Re-prices and, when prices changed, records that the shopper has now been shown them. */
async function present(deps: CartDeps, scope: Scope, cart: StoredCart): Promise<Cart> {
  const evaluated = await evaluateCart(
    scope.trx,
    scope.store,
    scope.settings,
    cart,
    deps.carts.expiresAt(cart),
  );
  if (evaluated.view.problems.some((problem) => problem.code === 'PRICE_CHANGED')) {
    await deps.carts.update(cart.tenantId, cart.id, (stored) =>
      acknowledgePrices(stored, evaluated),
    );
  }
  return evaluated.view;
}

export function acknowledgePrices(cart: StoredCart, evaluated: EvaluatedCart): void {
  for (const line of cart.lines) {
    const variant = evaluated.variants.get(line.variantId);
    if (variant) line.priceSeen = variant.unitPrice;
  }
}

export async function createCart(deps: CartDeps, tenantId: string): Promise<Cart> {
  return inStore(deps, tenantId, async (scope) =>
    present(deps, scope, await deps.carts.create(tenantId)),
  );
}

export async function getCart(deps: CartDeps, tenantId: string, cartId: string): Promise<Cart> {
  return inStore(deps, tenantId, async (scope) =>
    present(deps, scope, await deps.carts.get(tenantId, cartId)),
  );
}

/** Sets a line's quantity (adding to it with `mode: 'add'`), within the stock that can be sold. */
async function setQuantity(
  deps: CartDeps,
  tenantId: string,
  cartId: string,
  variantId: string,
  quantity: number,
  mode: 'add' | 'set',
): Promise<Cart> {
  return inStore(deps, tenantId, async (scope) => {
    const cart = await deps.carts.update(tenantId, cartId, async (stored) => {
      const existing = stored.lines.find((line) => line.variantId === variantId);
      if (mode === 'set' && !existing) throw AppError.notFound('Cart line');
      const wanted = mode === 'add' ? (existing?.quantity ?? 0) + quantity : quantity;
      if (wanted === 0) {
        stored.lines = stored.lines.filter((line) => line.variantId !== variantId);
        return;
      }
      const variant = (await loadVariants(scope.trx, [variantId])).get(variantId);
      if (!variant || variant.productStatus !== 'active') throw unavailable();
      if (wanted > variant.available) {
        const available = Math.max(variant.available, 0);
        throw new AppError('INSUFFICIENT_STOCK', `Only ${available} available`, {
          fields: { quantity: `only ${available} available` },
        });
      }
      if (wanted > 999) throw AppError.validation({ quantity: 'must be at most 999 in a cart' });
      if (existing) {
        existing.quantity = wanted;
        existing.priceSeen = variant.unitPrice;
      } else {
        if (stored.lines.length >= 100)
          throw AppError.validation({ variantId: 'a cart holds at most 100 lines' });
        stored.lines.push({ variantId, quantity: wanted, priceSeen: variant.unitPrice });
      }
    });
    return present(deps, scope, cart);
  });
}

export const addItem = (
  deps: CartDeps,
  tenantId: string,
  cartId: string,
  variantId: string,
  quantity: number,
) => setQuantity(deps, tenantId, cartId, variantId, quantity, 'add');

export const updateItem = (
  deps: CartDeps,
  tenantId: string,
  cartId: string,
  variantId: string,
  quantity: number,
) => setQuantity(deps, tenantId, cartId, variantId, quantity, 'set');

export const removeItem = (deps: CartDeps, tenantId: string, cartId: string, variantId: string) =>
  setQuantity(deps, tenantId, cartId, variantId, 0, 'set');

export async function applyCoupon(
  deps: CartDeps,
  tenantId: string,
  cartId: string,
  code: string,
): Promise<Cart> {
  return inStore(deps, tenantId, async (scope) => {
    const cart = await deps.carts.update(tenantId, cartId, async (stored) => {
      const variants = await loadVariants(
        scope.trx,
        stored.lines.map((line) => line.variantId),
      );
      const subtotal = subtotalOf(
        stored.lines.flatMap((line) => {
          const variant = variants.get(line.variantId);
          return variant && variant.productStatus === 'active'
            ? [{ quantity: line.quantity, unitPrice: variant.unitPrice, weightGrams: 0 }]
            : [];
        }),
      );
      const problem = await couponProblem(
        scope.trx,
        await findCouponByCode(scope.trx, code),
        subtotal,
        stored.email,
      );
      if (problem)
        throw new AppError('COUPON_NOT_APPLICABLE', problem, { fields: { code: problem } });
      stored.couponCode = code;
    });
    return present(deps, scope, cart);
  });
}

export async function removeCoupon(
  deps: CartDeps,
  tenantId: string,
  cartId: string,
): Promise<Cart> {
  return inStore(deps, tenantId, async (scope) =>
    present(
      deps,
      scope,
      await deps.carts.update(tenantId, cartId, (stored) => void (stored.couponCode = null)),
    ),
  );
}

export async function setEmail(
  deps: CartDeps,
  tenantId: string,
  cartId: string,
  email: string,
): Promise<Cart> {
  return inStore(deps, tenantId, async (scope) =>
    present(
      deps,
      scope,
      await deps.carts.update(tenantId, cartId, (stored) => void (stored.email = email)),
    ),
  );
}

/** Sets the address; a single shipping option is chosen for the shopper, a gone one is dropped. */
export async function setShippingAddress(
  deps: CartDeps,
  tenantId: string,
  cartId: string,
  address: ShippingAddress,
): Promise<Cart> {
  return inStore(deps, tenantId, async (scope) => {
    const cart = await deps.carts.update(tenantId, cartId, async (stored) => {
      stored.shippingAddress = address;
      const { view } = await evaluateCart(scope.trx, scope.store, scope.settings, stored, '');
      const ids = view.shippingOptions.map((option) => option.id);
      if (!stored.shippingRateId || !ids.includes(stored.shippingRateId))
        stored.shippingRateId = ids.length === 1 ? ids[0]! : null;
    });
    return present(deps, scope, cart);
  });
}

export async function selectShippingRate(
  deps: CartDeps,
  tenantId: string,
  cartId: string,
  rateId: string,
): Promise<Cart> {
  return inStore(deps, tenantId, async (scope) => {
    const cart = await deps.carts.update(tenantId, cartId, async (stored) => {
      if (!stored.shippingAddress)
        throw AppError.validation({ rateId: 'set a shipping address first' });
      const { view } = await evaluateCart(scope.trx, scope.store, scope.settings, stored, '');
      if (!view.shippingOptions.some((option) => option.id === rateId))
        throw AppError.validation({ rateId: 'is not a shipping option for this cart' });
      stored.shippingRateId = rateId;
    });
    return present(deps, scope, cart);
  });
}
