'use client';

import type { Cart } from '@mpb/contracts';
import { useMemo, type FormEvent } from 'react';
import { countryChoices, regionFieldValue } from '../../lib/address';
import { interpolate, type Language, type Messages } from '../../lib/i18n';
import { formatMoney } from '../../lib/money';
import { inputClassName, secondaryButtonClassName, sectionClassName } from './cart-styles';
import { FieldError } from './field-error';
import { formText } from './form-text';

export interface AddressInput {
  country: string;
  region: string;
  postalCode: string;
}

/**
 * What checkout needs besides the lines: the email for the confirmation, where to ship (country
 * and region decide shipping options and tax) and the shipping method.
 */
export function CartDetails({
  cart,
  defaultCountry,
  language,
  messages,
  busy,
  errorFor,
  onEmail,
  onAddress,
  onRate,
}: {
  cart: Cart;
  defaultCountry: string;
  language: Language;
  messages: Messages;
  busy: boolean;
  errorFor: (scope: string) => string | undefined;
  onEmail: (email: string) => void;
  onAddress: (address: AddressInput) => void;
  onRate: (rateId: string) => void;
}) {
  const countries = useMemo(() => countryChoices(language), [language]);
  const address = cart.shippingAddress;
  const emailError = errorFor('email');
  const addressError = errorFor('address');
  const rateError = errorFor('shipping');

  const submitEmail = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onEmail(formText(new FormData(event.currentTarget), 'email'));
  };
  const submitAddress = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    onAddress({
      country: formText(form, 'country'),
      region: formText(form, 'region'),
      postalCode: formText(form, 'postalCode'),
    });
  };

  return (
    <>
      <div className={sectionClassName}>
        <form onSubmit={submitEmail} className="flex flex-wrap items-end gap-2">
          <div className="min-w-0 flex-1">
            <label htmlFor="cart-email" className="block font-semibold">
              {messages.email}
            </label>
            <input
              id="cart-email"
              name="email"
              type="email"
              autoComplete="email"
              required
              maxLength={254}
              defaultValue={cart.email ?? ''}
              aria-invalid={emailError ? true : undefined}
              aria-describedby={emailError ? 'cart-email-error' : 'cart-email-hint'}
              className={inputClassName}
            />
            <p id="cart-email-hint" className="mt-1 text-xs text-neutral-500">
              {cart.email
                ? interpolate(messages.emailSaved, { email: cart.email })
                : messages.emailHint}
            </p>
          </div>
          <button type="submit" disabled={busy} className={secondaryButtonClassName}>
            {messages.saveEmail}
          </button>
        </form>
        <FieldError id="cart-email-error" message={emailError} />
      </div>

      <section aria-labelledby="shipping-heading" className={sectionClassName}>
        <h2 id="shipping-heading" className="text-lg font-semibold">
          {messages.shippingAddress}
        </h2>
        <form onSubmit={submitAddress} className="mt-3 grid gap-3 sm:grid-cols-3">
          <div>
            <label htmlFor="shipping-country" className="block text-sm">
              {messages.country}
            </label>
            <select
              id="shipping-country"
              name="country"
              autoComplete="country"
              defaultValue={address?.country ?? defaultCountry}
              className={inputClassName}
            >
              {countries.map((country) => (
                <option key={country.code} value={country.code}>
                  {country.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="shipping-region" className="block text-sm">
              {messages.region}
            </label>
            <input
              id="shipping-region"
              name="region"
              type="text"
              autoComplete="address-level1"
              maxLength={6}
              defaultValue={regionFieldValue(address?.region)}
              aria-invalid={addressError ? true : undefined}
              aria-describedby={addressError ? 'shipping-address-error' : 'shipping-region-hint'}
              className={`${inputClassName} uppercase`}
            />
            <p id="shipping-region-hint" className="mt-1 text-xs text-neutral-500">
              {messages.regionHint}
            </p>
          </div>
          <div>
            <label htmlFor="shipping-postal-code" className="block text-sm">
              {messages.postalCode}
            </label>
            <input
              id="shipping-postal-code"
              name="postalCode"
              type="text"
              autoComplete="postal-code"
              maxLength={20}
              defaultValue={address?.postalCode ?? ''}
              className={inputClassName}
            />
          </div>
          <div className="sm:col-span-3">
            <button type="submit" disabled={busy} className={secondaryButtonClassName}>
              {messages.updateAddress}
            </button>
          </div>
        </form>
        <FieldError id="shipping-address-error" message={addressError} />

        {address ? (
          <fieldset className="mt-6">
            <legend className="text-sm font-semibold">{messages.shippingMethod}</legend>
            {cart.shippingOptions.length === 0 ? (
              <p className="mt-2 text-sm text-neutral-600">{messages.noShippingOptions}</p>
            ) : (
              <div className="mt-2 space-y-2">
                {cart.shippingOptions.map((option) => (
                  <label
                    key={option.id}
                    className="flex cursor-pointer items-center justify-between gap-3 rounded-lg border border-neutral-300 px-3 py-2 text-sm has-checked:border-brand"
                  >
                    <span className="flex items-center gap-2">
                      <input
                        type="radio"
                        name="shipping-rate"
                        value={option.id}
                        checked={cart.shippingRateId === option.id}
                        disabled={busy}
                        onChange={() => onRate(option.id)}
                      />
                      {option.name}
                    </span>
                    <span className="font-medium">
                      {formatMoney(
                        { amountMinor: option.amount, currency: cart.currency },
                        language,
                      )}
                    </span>
                  </label>
                ))}
              </div>
            )}
            <FieldError id="shipping-rate-error" message={rateError} />
          </fieldset>
        ) : null}
      </section>
    </>
  );
}
