import { convertMinorUnits, type DisplayCurrency } from '@mpb/contracts';
import { interpolate, type Language, type Messages } from './i18n';
import { formatMoney, type Money } from './money';

// Prices in a display currency are shown beside the store's own, never instead of them where
// money changes hands: they are the merchant's manual rate applied to the store's price, exact
// in minor units (convertMinorUnits), but only an approximation of what a bank would charge.

/**
 * `money` in the shopper's display currency, or undefined when none is chosen, it is the same
 * currency, or the amount cannot be converted exactly.
 */
export function toDisplayMoney(money: Money, display: DisplayCurrency | null): Money | undefined {
  if (!display || display.currency === money.currency) return undefined;
  const amountMinor = convertMinorUnits(money.amountMinor, money.currency, display);
  return amountMinor === undefined ? undefined : { amountMinor, currency: display.currency };
}

/**
 * What the cart and checkout say when prices are shown in another currency: the amount charged,
 * in the store's currency, and that the others are approximate.
 */
export function chargeNotice(
  total: Money,
  display: DisplayCurrency | null,
  language: Language,
  messages: Messages,
): { charged: string; note: string } | undefined {
  if (!toDisplayMoney(total, display) || !display) return undefined;
  return {
    charged: interpolate(messages.chargedAmount, { amount: formatMoney(total, language) }),
    note: interpolate(messages.approximateNote, {
      currency: display.currency,
      storeCurrency: total.currency,
    }),
  };
}
