'use client';

import { useId, useState, type FormEvent } from 'react';
import { trackEvent } from '../lib/beacon';
import { addToCart } from '../lib/cart-client';
import { cartErrorMessage } from '../lib/cart-messages';
import type { OptionAxis, Variant } from '../lib/cell-api';
import { getMessages, interpolate } from '../lib/i18n';
import { choose, findVariant, initialVariant, valueState } from '../lib/variant-picker';
import { useLanguage } from './language-provider';
import { buttonClassName } from './message-page';
import { Price } from './price';
import { StockBadge } from './stock-badge';
import { StoreLink } from './store-link';

type Status =
  { kind: 'idle' } | { kind: 'adding' } | { kind: 'added' } | { kind: 'error'; message: string };

/**
 * Variant picker, price and "Add to cart" of a product page. Each option axis is a group of
 * radio buttons named after the axis; the price, "was" price and availability follow the chosen
 * variant. The server re-prices the cart, so nothing shown here is trusted for payment.
 */
export function ProductPurchase({
  axes,
  variants,
  requestedVariantId,
  canBuy = true,
}: {
  axes: OptionAxis[];
  variants: Variant[];
  requestedVariantId?: string | undefined;
  /** False in the preview of a store not yet published: its cart and checkout are closed. */
  canBuy?: boolean;
}) {
  const language = useLanguage();
  const messages = getMessages(language);
  const quantityId = useId();
  const [selection, setSelection] = useState<Record<string, string>>(() => ({
    ...initialVariant(variants, requestedVariantId)?.options,
  }));
  const [quantity, setQuantity] = useState('1');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const variant = axes.length === 0 ? variants[0] : findVariant(variants, selection);
  const canAdd = canBuy && !!variant?.available && status.kind !== 'adding';

  const pick = (axis: string, value: string) => {
    const next = choose(variants, selection, axis, value);
    setSelection(next);
    setStatus({ kind: 'idle' });
    const chosen = findVariant(variants, next);
    // The address bar names the variant, so a shared link opens on it; the canonical URL does not.
    // The rest of the query (a preview's parameters) stays.
    if (chosen) {
      const query = new URLSearchParams(window.location.search);
      query.set('variant', chosen.id);
      window.history.replaceState(null, '', `?${query.toString()}`);
    }
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!variant) return;
    const count = Number(quantity);
    if (!Number.isInteger(count) || count < 1 || count > 999) {
      setStatus({ kind: 'error', message: messages.quantityInvalid });
      return;
    }
    setStatus({ kind: 'adding' });
    const reply = await addToCart(variant.id, count);
    if (reply.ok) trackEvent('add_to_cart');
    setStatus(
      reply.ok
        ? { kind: 'added' }
        : { kind: 'error', message: cartErrorMessage(reply.error, messages) },
    );
  };

  return (
    <form onSubmit={(event) => void submit(event)} className="mt-6 space-y-6">
      <div className="flex flex-wrap items-center gap-3" aria-live="polite">
        {variant ? (
          <>
            <Price
              price={variant.price}
              compareAtPrice={variant.compareAtPrice}
              language={language}
              messages={messages}
              className="text-2xl"
            />
            <StockBadge available={variant.available} messages={messages} />
          </>
        ) : (
          <p className="text-neutral-600">{messages.unavailableCombination}</p>
        )}
      </div>

      {axes.map((axis) => (
        <fieldset key={axis.name}>
          <legend className="text-sm font-semibold capitalize">{axis.name}</legend>
          <div className="mt-2 flex flex-wrap gap-2">
            {axis.values.map((value) => {
              const state = valueState(variants, selection, axis.name, value);
              const label =
                state === 'sold-out' ? interpolate(messages.optionSoldOut, { value }) : value;
              return (
                <label
                  key={value}
                  className={`relative cursor-pointer rounded-full border px-4 py-2 text-sm has-checked:border-brand has-checked:bg-brand has-checked:text-brand-contrast has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand ${
                    state === 'available'
                      ? 'border-neutral-300 bg-white'
                      : 'border-dashed border-neutral-300 bg-white text-neutral-500'
                  }`}
                >
                  <input
                    type="radio"
                    name={`option-${axis.name}`}
                    value={value}
                    checked={selection[axis.name] === value}
                    onChange={() => pick(axis.name, value)}
                    // Transparent over the whole pill: the pill is what is seen, the radio is
                    // what is clicked, focused and announced.
                    className="absolute inset-0 size-full cursor-pointer appearance-none rounded-full opacity-0"
                  />
                  {label}
                </label>
              );
            })}
          </div>
        </fieldset>
      ))}

      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor={quantityId} className="block text-sm font-semibold">
            {messages.quantity}
          </label>
          <input
            id={quantityId}
            type="number"
            inputMode="numeric"
            min={1}
            max={999}
            value={quantity}
            onChange={(event) => setQuantity(event.target.value)}
            className="mt-1 w-24 rounded-lg border border-neutral-300 bg-white px-3 py-2 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand"
          />
        </div>
        <button
          type="submit"
          disabled={!canAdd}
          aria-busy={status.kind === 'adding'}
          className={`${buttonClassName} disabled:cursor-not-allowed disabled:opacity-50`}
        >
          {messages.addToCart}
        </button>
      </div>

      {canBuy ? null : <p className="text-sm text-neutral-700">{messages.previewCheckoutOff}</p>}
      <div aria-live="polite" role="status" className="min-h-6 text-sm">
        {status.kind === 'adding' ? <p>{messages.adding}</p> : null}
        {status.kind === 'added' ? (
          <p className="flex flex-wrap items-center gap-3 text-emerald-700">
            {messages.addedToCart}
            <StoreLink href="/cart" className="font-medium underline underline-offset-4">
              {messages.viewCart}
            </StoreLink>
          </p>
        ) : null}
      </div>
      {status.kind === 'error' ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {status.message}
        </p>
      ) : null}
    </form>
  );
}
