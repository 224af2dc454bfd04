import { v7 as uuidv7 } from 'uuid';
import type { checkoutStartedSchema } from '@mpb/contracts';
import type { z } from 'zod';
import { isUniqueViolation, withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { isStripeUnavailable, type Stripe } from '@mpb/payments';
import type { CartStore } from '../cart/cart-store';
import { acknowledgePrices } from '../cart/cart-service';
import { evaluateCart, type EvaluatedCart } from '../cart/evaluate-cart';
import { currentStore, isOpenToPublic } from '../catalog/store';
import { createOrder } from '../orders/create-order';
import { loadSettings } from '../selling/settings';
import { orderLanguage } from '../selling/store-locales';
import { checkoutKey } from './idempotency-key';
import { redeemCoupon, reserveStock } from './reserve';
import { releaseCheckout, releaseCheckoutIn } from './release-checkout';
import { sessionParams } from './stripe-session';

type CheckoutStarted = z.infer<typeof checkoutStartedSchema>;

export interface CheckoutDeps {
  db: Knex;
  carts: CartStore;
  stripe: Stripe;
  /** How long a checkout holds stock; Stripe accepts 30 minutes to 24 hours. */
  ttlMinutes: number;
}

interface CheckoutRow {
  id: string;
  status: string;
  checkout_url: string | null;
  order_id: string | null;
  expires_at: Date;
  created_at: Date;
  stripe_session_id: string | null;
}

type Prepared =
  | { kind: 'existing'; checkout: CheckoutRow; orderNumber: number }
  | {
      kind: 'new';
      checkoutId: string;
      order: { id: string; number: number; statusToken: string };
      evaluated: EvaluatedCart;
      accountId: string;
      email: string;
      currency: string;
      /** The order's language: the payment page speaks it too. */
      locale: string;
      expiresAt: Date;
    };

function reviewNeeded(evaluated: EvaluatedCart): AppError {
  const fields = Object.fromEntries(
    evaluated.view.problems.map((problem, index) => [
      `problems.${index}`,
      `${problem.code}: ${problem.message}`,
    ]),
  );
  return new AppError('CART_NEEDS_REVIEW', 'The cart changed: review it before paying', { fields });
}

/**
 * Starts paying for a cart: re-prices it on the server, holds its stock and coupon use, creates
 * the order awaiting payment, then a Stripe Checkout session on the store's connected account
 * (idempotency key derived from the cart). The same unchanged cart gets the same checkout back.
 */
export async function startCheckout(
  deps: CheckoutDeps,
  input: { tenantId: string; cartId: string; locale?: string; storeOrigin: string },
): Promise<CheckoutStarted> {
  const prepared = await prepare(deps, input);
  if (prepared.kind === 'existing') {
    return {
      checkoutId: prepared.checkout.id,
      orderId: prepared.checkout.order_id as string,
      orderNumber: prepared.orderNumber,
      url: prepared.checkout.checkout_url as string,
      expiresAt: prepared.checkout.expires_at.toISOString(),
    };
  }
  try {
    const session = await createSession(deps, input, prepared);
    await withTenant(deps.db, input.tenantId, (trx) =>
      trx('checkout_sessions').where({ id: prepared.checkoutId }).update({
        stripe_session_id: session.id,
        checkout_url: session.url,
        status: 'open',
        updated_at: trx.fn.now(),
      }),
    );
    return {
      checkoutId: prepared.checkoutId,
      orderId: prepared.order.id,
      orderNumber: prepared.order.number,
      url: session.url ?? '',
      expiresAt: prepared.expiresAt.toISOString(),
    };
  } catch (error) {
    // No payment page: give the stock and coupon back at once rather than at expiry.
    await releaseCheckout(deps.db, {
      tenantId: input.tenantId,
      checkoutId: prepared.checkoutId,
      status: 'failed',
      reason: 'payment provider refused or unreachable',
    });
    if (isStripeUnavailable(error))
      throw new AppError('UNAVAILABLE', 'The payment provider is unavailable; retry shortly', {
        cause: error,
      });
    throw new AppError('PAYMENTS_NOT_CONFIGURED', 'The store cannot take this payment right now', {
      cause: error,
    });
  }
}

async function createSession(
  deps: CheckoutDeps,
  input: { tenantId: string; storeOrigin: string },
  prepared: Extract<Prepared, { kind: 'new' }>,
) {
  const requestOptions = (key: string) => ({
    stripeAccount: prepared.accountId,
    idempotencyKey: `${key}:${prepared.checkoutId}`,
  });
  const discount = prepared.evaluated.price.discount;
  const coupon =
    discount > 0
      ? await deps.stripe.coupons.create(
          {
            amount_off: discount,
            currency: prepared.currency.toLowerCase(),
            duration: 'once',
            max_redemptions: 1,
            name: prepared.evaluated.view.coupon?.code ?? 'Discount',
          },
          requestOptions('coupon'),
        )
      : undefined;
  return deps.stripe.checkout.sessions.create(
    sessionParams(
      {
        tenantId: input.tenantId,
        checkoutId: prepared.checkoutId,
        orderId: prepared.order.id,
        orderNumber: prepared.order.number,
        statusToken: prepared.order.statusToken,
        email: prepared.email,
        locale: prepared.locale,
        currency: prepared.currency,
        storeOrigin: input.storeOrigin,
        expiresAt: prepared.expiresAt,
        evaluated: prepared.evaluated,
      },
      coupon?.id,
    ),
    requestOptions('session'),
  );
}

/** A checkout still waiting for its payment page after this long is taken as abandoned. */
const STALLED_AFTER_MS = 60_000;

const inProgress = () =>
  new AppError('CHECKOUT_IN_PROGRESS', 'This cart’s payment page is being prepared; retry', {
    headers: { 'retry-after': '1' },
  });

async function prepare(
  deps: CheckoutDeps,
  input: { tenantId: string; cartId: string; locale?: string },
): Promise<Prepared> {
  try {
    return await prepareOnce(deps, input);
  } catch (error) {
    // Two first clicks at the same instant: the loser of the insert waits for the winner.
    if (isUniqueViolation(error, 'checkout_sessions_idempotency_key')) throw inProgress();
    throw error;
  }
}

async function prepareOnce(
  deps: CheckoutDeps,
  input: { tenantId: string; cartId: string; locale?: string },
): Promise<Prepared> {
  let acknowledge: EvaluatedCart | undefined;
  try {
    return await withTenant(deps.db, input.tenantId, async (trx) => {
      const store = await currentStore(trx);
      if (!isOpenToPublic(store)) throw AppError.notFound('Store');
      const settings = await loadSettings(trx, input.tenantId);
      if (!settings.stripe_account_id || !settings.stripe_charges_enabled) {
        throw new AppError('PAYMENTS_NOT_CONFIGURED', 'This store does not take payments yet');
      }
      const cart = await deps.carts.get(input.tenantId, input.cartId);
      const evaluated = await evaluateCart(trx, store, settings, cart, deps.carts.expiresAt(cart));
      const { view } = evaluated;
      if (view.lines.length === 0) throw AppError.validation({ cart: 'is empty' });
      if (view.problems.length > 0) {
        if (view.problems.some((problem) => problem.code === 'PRICE_CHANGED'))
          acknowledge = evaluated;
        throw reviewNeeded(evaluated);
      }
      if (!view.email) throw AppError.validation({ email: 'is required before paying' });
      if (!view.shippingAddress)
        throw AppError.validation({ shippingAddress: 'is required before paying' });
      if (!evaluated.shippingMethod)
        throw AppError.validation({ shippingRateId: 'choose a shipping option' });

      // The order's emails follow the shopper's language when the store offers it.
      const locale = orderLanguage(input.locale, store, settings.languages);
      const key = checkoutKey(input.tenantId, input.cartId, evaluated, view.email);
      const existing = await trx('checkout_sessions')
        .where({ idempotency_key: key })
        .forUpdate()
        .first<CheckoutRow | undefined>();
      if (existing?.status === 'pending' && !existing.checkout_url) {
        // Another request for this cart is asking Stripe for the payment page right now.
        if (Date.now() - existing.created_at.getTime() < STALLED_AFTER_MS) throw inProgress();
        // That request died on the way: give its holds back and start afresh.
        await releaseCheckoutIn(trx, {
          tenantId: input.tenantId,
          checkoutId: existing.id,
          status: 'failed',
          reason: 'checkout start interrupted',
        });
        existing.status = 'failed';
      }
      if (
        existing &&
        ['pending', 'open'].includes(existing.status) &&
        existing.expires_at > new Date() &&
        existing.checkout_url
      ) {
        const order = await trx('orders')
          .where({ id: existing.order_id })
          .first<{ number: number }>('number');
        return { kind: 'existing', checkout: existing, orderNumber: order.number };
      }
      // A failed or expired checkout of the same cart content frees its key for a new attempt.
      if (existing)
        await trx('checkout_sessions')
          .where({ id: existing.id })
          .update({ idempotency_key: `${key}:${existing.id}` });

      const checkoutId = uuidv7();
      const expiresAt = new Date(Date.now() + Math.max(deps.ttlMinutes, 30) * 60_000);
      await trx('checkout_sessions').insert({
        id: checkoutId,
        tenant_id: input.tenantId,
        cart_id: input.cartId,
        idempotency_key: key,
        status: 'pending',
        email: view.email,
        locale,
        currency: store.currency,
        subtotal: view.subtotal,
        discount: view.discount,
        shipping: view.shipping ?? 0,
        tax: view.tax,
        total: view.total,
        prices_include_tax: view.taxIncluded,
        coupon_id: evaluated.coupon?.id ?? null,
        coupon_code: evaluated.coupon?.code ?? null,
        shipping_rate_id: evaluated.shippingMethod.id,
        shipping_method: evaluated.shippingMethod.name,
        shipping_address: JSON.stringify(view.shippingAddress),
        lines: JSON.stringify(view.lines),
        expires_at: expiresAt,
      });
      await reserveStock(trx, input.tenantId, checkoutId, view.lines);
      if (evaluated.coupon)
        await redeemCoupon(trx, {
          tenantId: input.tenantId,
          checkoutId,
          coupon: evaluated.coupon,
          email: view.email,
          subtotal: view.subtotal,
        });
      const order = await createOrder(trx, {
        tenantId: input.tenantId,
        checkoutId,
        email: view.email,
        locale,
        currency: store.currency,
        subtotal: view.subtotal,
        discount: view.discount,
        shipping: view.shipping ?? 0,
        tax: view.tax,
        total: view.total,
        pricesIncludeTax: view.taxIncluded,
        couponCode: evaluated.coupon?.code ?? null,
        shippingMethod: evaluated.shippingMethod.name,
        shippingAddress: view.shippingAddress,
        lines: view.lines.map((line) => {
          const variant = evaluated.variants.get(line.variantId);
          const options = Object.values(line.options);
          return {
            productId: line.productId as string,
            variantId: line.variantId,
            title: options.length > 0 ? `${line.title} (${options.join(', ')})` : line.title,
            sku: variant?.sku ?? null,
            quantity: line.quantity,
            unitPrice: line.unitPrice,
          };
        }),
      });
      await trx('checkout_sessions').where({ id: checkoutId }).update({ order_id: order.id });
      return {
        kind: 'new',
        checkoutId,
        order,
        evaluated,
        accountId: settings.stripe_account_id,
        email: view.email,
        currency: store.currency,
        locale,
        expiresAt,
      };
    });
  } finally {
    if (acknowledge) {
      const seen = acknowledge;
      await deps.carts
        .update(input.tenantId, input.cartId, (stored) => acknowledgePrices(stored, seen))
        .catch(() => undefined);
    }
  }
}
