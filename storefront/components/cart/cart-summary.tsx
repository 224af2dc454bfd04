'use client';

import type { Cart } from '@mpb/contracts';
import { chargeNotice, toDisplayMoney } from '../../lib/display-price';
import type { Language, Messages } from '../../lib/i18n';
import { formatMoney } from '../../lib/money';
import { useDisplayCurrency } from '../display-currency-provider';
import { buttonClassName } from '../message-page';
import { sectionClassName } from './cart-styles';
import { FieldError } from './field-error';

/**
 * Totals exactly as the server computed them, and the "Pay" button. Each amount carries a
 * `data-testid` (cart-subtotal, cart-discount, cart-shipping, cart-tax, cart-total): a
 * definition list's values have no role or name of their own to find them by.
 */
export function CartSummary({
  cart,
  language,
  messages,
  busy,
  redirecting,
  error,
  onPay,
}: {
  cart: Cart;
  language: Language;
  messages: Messages;
  busy: boolean;
  redirecting: boolean;
  error: string | undefined;
  onPay: () => void;
}) {
  const money = (amountMinor: number) =>
    formatMoney({ amountMinor, currency: cart.currency }, language);
  // With a display currency, the total is also shown converted, and the summary says plainly
  // which amount, in which currency, the payment page will charge.
  const display = useDisplayCurrency();
  const total = { amountMinor: cart.total, currency: cart.currency };
  const converted = toDisplayMoney(total, display);
  const approximateTotal = converted ? formatMoney(converted, language) : undefined;
  const notice = chargeNotice(total, display, language, messages);
  const rows: { label: string; value: string; testId: string }[] = [
    { label: messages.subtotal, value: money(cart.subtotal), testId: 'cart-subtotal' },
  ];
  if (cart.discount > 0) {
    rows.push({
      label: messages.discount,
      value: `−${money(cart.discount)}`,
      testId: 'cart-discount',
    });
  }
  rows.push({
    label: messages.shipping,
    value: cart.shipping === null ? messages.shippingPending : money(cart.shipping),
    testId: 'cart-shipping',
  });
  rows.push({
    label: cart.taxIncluded ? messages.taxIncluded : messages.tax,
    value: money(cart.tax),
    testId: 'cart-tax',
  });

  return (
    <section aria-labelledby="summary-heading" className={sectionClassName}>
      <h2 id="summary-heading" className="text-lg font-semibold">
        {messages.orderSummary}
      </h2>
      <dl className="mt-4 space-y-2 text-sm" aria-live="polite">
        {rows.map((row) => (
          <div key={row.testId} className="flex justify-between gap-4">
            <dt className="text-neutral-600">{row.label}</dt>
            <dd data-testid={row.testId} className="text-right">
              {row.value}
            </dd>
          </div>
        ))}
        <div className="flex justify-between gap-4 border-t border-neutral-200 pt-3 text-base font-semibold">
          <dt>{messages.total}</dt>
          <dd data-testid="cart-total">{money(cart.total)}</dd>
        </div>
      </dl>
      {approximateTotal ? (
        <p
          className="mt-1 text-right text-sm text-neutral-600"
          data-testid="cart-total-approximate"
        >
          <span className="sr-only">{messages.approximately} </span>
          <span aria-hidden="true">≈ </span>
          {approximateTotal}
        </p>
      ) : null}
      {notice ? (
        <div className="mt-4 rounded-md bg-neutral-100 p-3 text-sm">
          <p className="font-medium" data-testid="cart-charged">
            {notice.charged}
          </p>
          <p className="mt-1 text-neutral-700">{notice.note}</p>
        </div>
      ) : null}
      <button
        type="button"
        onClick={onPay}
        disabled={busy || redirecting || cart.lines.length === 0}
        aria-busy={redirecting}
        className={`${buttonClassName} mt-6 w-full justify-center disabled:cursor-not-allowed disabled:opacity-50`}
      >
        {messages.pay}
      </button>
      <p role="status" className="mt-2 text-sm text-neutral-600">
        {redirecting ? messages.redirectingToPayment : messages.securePayment}
      </p>
      <FieldError id="pay-error" message={error} />
    </section>
  );
}
