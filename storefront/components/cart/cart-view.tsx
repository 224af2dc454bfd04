'use client';

import { couponCodeSchema, emailSchema, type Cart } from '@mpb/contracts';
import { useCallback, useEffect, useState } from 'react';
import { normalizeRegion } from '../../lib/address';
import { trackEvent } from '../../lib/beacon';
import {
  applyCoupon,
  currentCartId,
  forgetCart,
  getCart,
  removeCoupon,
  removeItem,
  selectShippingRate,
  setEmail,
  setShippingAddress,
  startCheckout,
  updateItem,
  type CartReply,
} from '../../lib/cart-client';
import { cartErrorMessage, cartProblemMessage } from '../../lib/cart-messages';
import { getMessages } from '../../lib/i18n';
import { useLanguage } from '../language-provider';
import { buttonClassName } from '../message-page';
import { StoreLink } from '../store-link';
import { CartCoupon } from './cart-coupon';
import { CartDetails, type AddressInput } from './cart-details';
import { CartLines } from './cart-lines';
import { CartSummary } from './cart-summary';

type Phase = 'loading' | 'empty' | 'ready' | 'failed' | 'redirecting';

// Refusals after which the server's view of the cart has moved on: show it again.
const refreshAfter = new Set([
  'INSUFFICIENT_STOCK',
  'PRODUCT_UNAVAILABLE',
  'CART_NEEDS_REVIEW',
  'COUPON_NOT_APPLICABLE',
  'NOT_FOUND',
]);

/**
 * The cart page. Everything shown comes from the cart API's last answer: the server re-prices
 * the cart on every change, so quantities, coupon, shipping and taxes are never computed here.
 * Each refusal is shown next to what caused it.
 */
export function CartView({ defaultCountry }: { defaultCountry: string }) {
  const language = useLanguage();
  const messages = getMessages(language);
  const [phase, setPhase] = useState<Phase>('loading');
  const [cart, setCart] = useState<Cart | undefined>();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  // Bumped after every answer, so fields show what the server holds again (a refused quantity
  // does not stay in its field as if it had been accepted).
  const [revision, setRevision] = useState(0);

  const load = useCallback(async () => {
    const cartId = currentCartId();
    if (!cartId) {
      setPhase('empty');
      return;
    }
    const reply = await getCart(cartId);
    if (reply.ok) {
      setCart(reply.cart);
      setPhase(reply.cart.lines.length > 0 ? 'ready' : 'empty');
    } else if (reply.status === 404) {
      // Expired or unknown: a new cart starts with the next "Add to cart".
      forgetCart();
      setPhase('empty');
    } else {
      setErrors({ load: cartErrorMessage(reply.error, messages) });
      setPhase('failed');
    }
  }, [messages]);

  useEffect(() => {
    void load();
  }, [load]);

  const run = async (scope: string, action: (cartId: string) => Promise<CartReply>) => {
    if (!cart || busy) return;
    setBusy(true);
    setErrors({});
    const reply = await action(cart.id);
    setBusy(false);
    setRevision((value) => value + 1);
    if (reply.ok) {
      setCart(reply.cart);
      setPhase(reply.cart.lines.length > 0 ? 'ready' : 'empty');
      return;
    }
    setErrors({ [scope]: cartErrorMessage(reply.error, messages) });
    if (refreshAfter.has(reply.error.code)) await load();
  };

  const invalid = (scope: string, message: string) => setErrors({ [scope]: message });

  const onUpdate = (variantId: string, quantity: number) => {
    if (!Number.isInteger(quantity) || quantity < 0 || quantity > 999) {
      invalid(`line:${variantId}`, messages.quantityInvalid);
      return;
    }
    void run(`line:${variantId}`, (id) => updateItem(id, variantId, quantity));
  };
  const onRemove = (variantId: string) =>
    void run(`line:${variantId}`, (id) => removeItem(id, variantId));
  const onApplyCoupon = (code: string) => {
    const parsed = couponCodeSchema.safeParse(code);
    if (!parsed.success) return invalid('coupon', messages.couponInvalid);
    void run('coupon', (id) => applyCoupon(id, parsed.data));
  };
  const onRemoveCoupon = () => void run('coupon', (id) => removeCoupon(id));
  const onEmail = (email: string) => {
    const parsed = emailSchema.safeParse(email);
    if (!parsed.success) return invalid('email', messages.emailInvalid);
    void run('email', (id) => setEmail(id, parsed.data));
  };
  const onAddress = (input: AddressInput) => {
    const region = normalizeRegion(input.region, input.country);
    if (!region.ok) return invalid('address', messages.regionInvalid);
    const postalCode = input.postalCode.trim();
    void run('address', (id) =>
      setShippingAddress(id, {
        ...(cart?.shippingAddress ?? {}),
        country: input.country,
        region: region.region,
        postalCode: postalCode || undefined,
      }),
    );
  };
  const onRate = (rateId: string) => void run('shipping', (id) => selectShippingRate(id, rateId));

  const onPay = async () => {
    if (!cart || busy) return;
    // The server checks all of this again; asking here first saves a round trip.
    if (!cart.email) return invalid('email', messages.needEmail);
    if (!cart.shippingAddress) return invalid('address', messages.needAddress);
    if (!cart.shippingRateId) return invalid('shipping', messages.needShipping);
    setBusy(true);
    setErrors({});
    const reply = await startCheckout(cart.id, language);
    if (reply.ok) {
      trackEvent('checkout_started');
      setPhase('redirecting');
      window.location.assign(reply.url);
      return;
    }
    setBusy(false);
    setErrors({ pay: cartErrorMessage(reply.error, messages) });
    if (refreshAfter.has(reply.error.code)) await load();
  };

  if (phase === 'loading') {
    return (
      <p role="status" className="mt-6 text-neutral-600">
        {messages.loading}
      </p>
    );
  }
  if (phase === 'failed') {
    return (
      <div role="alert" className="mt-6 rounded-2xl border border-red-200 bg-red-50 p-6">
        <p className="font-medium">{messages.errorTitle}</p>
        <p className="mt-1 text-sm">{errors.load ?? messages.errorBody}</p>
        <button type="button" onClick={() => void load()} className={`${buttonClassName} mt-4`}>
          {messages.retry}
        </button>
      </div>
    );
  }
  if (phase === 'empty' || !cart) {
    return (
      <div className="mt-6 rounded-2xl border border-dashed border-neutral-300 bg-white px-6 py-16 text-center">
        <p className="text-lg font-medium">{messages.cartEmptyTitle}</p>
        <p className="mt-2 text-neutral-600">{messages.cartEmptyBody}</p>
        <StoreLink href="/" className={`${buttonClassName} mt-6`}>
          {messages.continueShopping}
        </StoreLink>
      </div>
    );
  }

  const titles = new Map(cart.lines.map((line) => [line.variantId, line.title]));
  const errorFor = (scope: string) => errors[scope];
  return (
    <div className="mt-6 grid gap-6 lg:grid-cols-[1fr_22rem]">
      <div className="space-y-6">
        {cart.problems.length > 0 ? (
          <section
            aria-labelledby="problems-heading"
            role="alert"
            className="rounded-2xl border border-amber-300 bg-amber-50 p-4"
          >
            <h2 id="problems-heading" className="font-semibold">
              {messages.cartReview}
            </h2>
            <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
              {cart.problems.map((problem, index) => (
                <li key={`${problem.code}-${problem.variantId ?? index}`}>
                  {cartProblemMessage(
                    problem,
                    {
                      titleOf: (variantId) => (variantId && titles.get(variantId)) || '',
                      currency: cart.currency,
                    },
                    messages,
                    language,
                  )}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <CartLines
          cart={cart}
          revision={revision}
          language={language}
          messages={messages}
          busy={busy}
          errorFor={errorFor}
          onUpdate={onUpdate}
          onRemove={onRemove}
        />
        <CartCoupon
          // A new coupon (or none) empties the field; a refused code stays to be corrected.
          key={cart.coupon?.code ?? 'no-coupon'}
          cart={cart}
          messages={messages}
          busy={busy}
          error={errors.coupon}
          onApply={onApplyCoupon}
          onRemove={onRemoveCoupon}
        />
        <CartDetails
          cart={cart}
          defaultCountry={defaultCountry}
          language={language}
          messages={messages}
          busy={busy}
          errorFor={errorFor}
          onEmail={onEmail}
          onAddress={onAddress}
          onRate={onRate}
        />
      </div>
      <div className="lg:sticky lg:top-6 lg:self-start">
        <CartSummary
          cart={cart}
          language={language}
          messages={messages}
          busy={busy}
          redirecting={phase === 'redirecting'}
          error={errors.pay}
          onPay={() => void onPay()}
        />
      </div>
    </div>
  );
}
