import type { Language, Messages } from '../lib/i18n';
import { formatMoney, type Money } from '../lib/money';

/**
 * A price, with the crossed-out "was" price when there is one. Screen readers hear which is
 * which: strike-through alone says nothing to them.
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
  const current = formatMoney(price, language);
  if (!compareAtPrice) {
    return (
      <span className={`${muted ? 'text-neutral-500 line-through' : 'font-semibold'} ${className}`}>
        {current}
      </span>
    );
  }
  return (
    <span className={`inline-flex flex-wrap items-baseline gap-x-2 ${className}`}>
      <span className={muted ? 'text-neutral-500' : 'font-semibold text-red-700'}>
        <span className="sr-only">{messages.salePrice} </span>
        {current}
      </span>
      <s className="text-sm font-normal text-neutral-500">
        <span className="sr-only">{messages.regularPrice} </span>
        {formatMoney(compareAtPrice, language)}
      </s>
    </span>
  );
}
