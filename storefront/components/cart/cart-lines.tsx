'use client';

import type { Cart } from '@mpb/contracts';
import type { FormEvent } from 'react';
import { interpolate, type Language, type Messages } from '../../lib/i18n';
import { formatMoney } from '../../lib/money';
import { Price } from '../price';
import { StoreLink } from '../store-link';
import { inputClassName, secondaryButtonClassName } from './cart-styles';
import { FieldError } from './field-error';

type Line = Cart['lines'][number];

function optionsText(line: Line): string {
  return Object.entries(line.options)
    .map(([name, value]) => `${name}: ${value}`)
    .join(' · ');
}

/** The cart's lines, each with its quantity (a small form) and a remove button. */
export function CartLines({
  cart,
  revision,
  language,
  messages,
  busy,
  errorFor,
  onUpdate,
  onRemove,
}: {
  cart: Cart;
  /** Changes after every cart answer: quantity fields then show the server's value again. */
  revision: number;
  language: Language;
  messages: Messages;
  busy: boolean;
  errorFor: (scope: string) => string | undefined;
  onUpdate: (variantId: string, quantity: number) => void;
  onRemove: (variantId: string) => void;
}) {
  const money = (amountMinor: number) => ({ amountMinor, currency: cart.currency });
  return (
    <ul aria-label={messages.cartLines} className="divide-y divide-neutral-200">
      {cart.lines.map((line) => {
        const scope = `line:${line.variantId}`;
        const inputId = `quantity-${line.variantId}`;
        const errorId = `${inputId}-error`;
        const error = errorFor(scope);
        const submit = (event: FormEvent<HTMLFormElement>) => {
          event.preventDefault();
          const value = Number(new FormData(event.currentTarget).get('quantity'));
          onUpdate(line.variantId, value);
        };
        return (
          <li key={line.variantId} className="flex flex-col gap-3 py-4 sm:flex-row sm:items-start">
            <div className="min-w-0 flex-1">
              <p className="font-medium">
                {line.handle ? (
                  <StoreLink
                    href={`/products/${encodeURIComponent(line.handle)}?variant=${line.variantId}`}
                    className="hover:underline"
                  >
                    {line.title}
                  </StoreLink>
                ) : (
                  line.title
                )}
              </p>
              {Object.keys(line.options).length > 0 ? (
                <p className="text-sm text-neutral-600">{optionsText(line)}</p>
              ) : null}
              <p className="mt-1 text-sm">
                <span className="sr-only">{messages.unitPrice}: </span>
                <Price
                  price={money(line.unitPrice)}
                  compareAtPrice={
                    line.compareAtPrice !== null && line.compareAtPrice > line.unitPrice
                      ? money(line.compareAtPrice)
                      : null
                  }
                  language={language}
                  messages={messages}
                />
              </p>
              {line.available ? null : (
                <p className="mt-1 text-sm font-medium text-red-700">
                  {messages.errorVariantUnavailable}
                </p>
              )}
            </div>
            <form onSubmit={submit} className="flex flex-wrap items-end gap-2">
              <div>
                <label htmlFor={inputId} className="block text-xs text-neutral-600">
                  {interpolate(messages.quantityOf, { title: line.title })}
                </label>
                <input
                  key={`${line.quantity}-${revision}`}
                  id={inputId}
                  name="quantity"
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={999}
                  defaultValue={line.quantity}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? errorId : undefined}
                  className={`${inputClassName} w-20`}
                />
              </div>
              <button
                type="submit"
                disabled={busy}
                aria-label={interpolate(messages.updateQuantityOf, { title: line.title })}
                className={secondaryButtonClassName}
              >
                {messages.update}
              </button>
              <button
                type="button"
                disabled={busy}
                onClick={() => onRemove(line.variantId)}
                aria-label={interpolate(messages.removeItem, { title: line.title })}
                className={secondaryButtonClassName}
              >
                {messages.remove}
              </button>
              <FieldError id={errorId} message={error} />
            </form>
            <p className="font-semibold sm:w-28 sm:text-right">
              <span className="sr-only">{messages.lineTotal}: </span>
              {formatMoney(money(line.lineTotal), language)}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
