'use client';

import type { Cart } from '@mpb/contracts';
import type { FormEvent } from 'react';
import { interpolate, type Messages } from '../../lib/i18n';
import { inputClassName, secondaryButtonClassName, sectionClassName } from './cart-styles';
import { FieldError } from './field-error';
import { formText } from './form-text';

/** The coupon field, or the applied coupon with a way to remove it. */
export function CartCoupon({
  cart,
  messages,
  busy,
  error,
  onApply,
  onRemove,
}: {
  cart: Cart;
  messages: Messages;
  busy: boolean;
  error: string | undefined;
  onApply: (code: string) => void;
  onRemove: () => void;
}) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(formText(new FormData(event.currentTarget), 'code'));
  };
  return (
    // Not a labelled region: its only field already carries the name "Coupon code".
    <div className={sectionClassName}>
      {cart.coupon ? (
        <div className="mb-3 flex flex-wrap items-center gap-3">
          <p className="text-sm font-medium text-emerald-700" data-testid="applied-coupon">
            {interpolate(messages.couponApplied, { code: cart.coupon.code })}
          </p>
          <button
            type="button"
            disabled={busy}
            onClick={onRemove}
            className={secondaryButtonClassName}
          >
            {messages.removeCoupon}
          </button>
        </div>
      ) : null}
      <form onSubmit={submit} className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1">
          <label htmlFor="coupon-code" className="block font-semibold">
            {messages.couponCode}
          </label>
          <input
            id="coupon-code"
            name="code"
            type="text"
            autoComplete="off"
            autoCapitalize="characters"
            maxLength={32}
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'coupon-code-error' : undefined}
            className={`${inputClassName} uppercase`}
          />
        </div>
        <button type="submit" disabled={busy} className={secondaryButtonClassName}>
          {messages.applyCoupon}
        </button>
      </form>
      <FieldError id="coupon-code-error" message={error} />
    </div>
  );
}
