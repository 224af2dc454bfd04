'use client';

import { toDisplayMoney } from '../lib/display-price';
import type { Language, Messages } from '../lib/i18n';
import { formatMoney, type Money } from '../lib/money';
import { useDisplayCurrency } from './display-currency-provider';

/**
 * "≈ €17,00" under a price shown in the store's currency, when the shopper chose a display
 * currency; nothing otherwise. For layouts that keep the store's price as the main figure.
 */
export function ApproximatePrice({
  price,
  language,
  messages,
  className = '',
}: {
  price: Money;
  language: Language;
  messages: Messages;
  className?: string;
}) {
  const converted = toDisplayMoney(price, useDisplayCurrency());
  if (!converted) return null;
  return (
    <span className={className} data-testid="approximate-price">
      <span className="sr-only">{messages.approximately} </span>
      <span aria-hidden="true">≈ </span>
      {formatMoney(converted, language)}
    </span>
  );
}
