'use client';

import { toDisplayMoney } from '../lib/display-price';
import type { Language, Messages } from '../lib/i18n';
import { formatMoney, type Money } from '../lib/money';
import { useDisplayCurrency } from './display-currency-provider';

/**
 * A price, with the crossed-out "was" price when there is one. Screen readers hear which is
 * which: strike-through alone says nothing to them. When the shopper chose a display currency,
 * the converted price comes first, marked approximate (≈, and "Approximately" for screen
 * readers), and the store's own price, the one charged, stays beside it.
 */
export function Price({
  price,
  compareAtPrice,
  language,
  messages,
  className = '',
  muted = false,
}: {
  price: Money;
  compareAtPrice: Money | null;
  language: Language;
  messages: Messages;
  className?: string;
  muted?: boolean;
}) {
  const display = useDisplayCurrency();
  const approximate = toDisplayMoney(price, display);
  const approximateWas = compareAtPrice ? toDisplayMoney(compareAtPrice, display) : undefined;
  const current = formatMoney(approximate ?? price, language);
  const was = compareAtPrice ? formatMoney(approximateWas ?? compareAtPrice, language) : null;
  const approximately = (
    <>
      <span className="sr-only">{messages.approximately} </span>
      <span aria-hidden="true">≈ </span>
    </>
  );
  const storePrice = approximate ? (
    <span className="text-sm font-normal text-neutral-600" data-testid="store-price">
      {formatMoney(price, language)}
    </span>
  ) : null;

  if (!was && !approximate) {
    return (
      <span className={`${muted ? 'text-neutral-500 line-through' : 'font-semibold'} ${className}`}>
        {current}
      </span>
    );
  }
  if (!was) {
    return (
      <span className={`inline-flex flex-wrap items-baseline gap-x-2 ${className}`}>
        <span className={muted ? 'text-neutral-500 line-through' : 'font-semibold'}>
          {approximate ? approximately : null}
          {current}
        </span>
        {storePrice}
      </span>
    );
  }
  return (
    <span className={`inline-flex flex-wrap items-baseline gap-x-2 ${className}`}>
      <span className={muted ? 'text-neutral-500' : 'font-semibold text-red-700'}>
        <span className="sr-only">{messages.salePrice} </span>
        {approximate ? approximately : null}
        {current}
      </span>
      <s className="text-sm font-normal text-neutral-500">
        <span className="sr-only">{messages.regularPrice} </span>
        {approximateWas ? approximately : null}
        {was}
      </s>
      {storePrice}
    </span>
  );
}
