import type { CartProblem } from '@mpb/contracts';
import type { CartApiError } from './cart-client';
import { interpolate, type Language, type MessageKey, type Messages } from './i18n';
import { formatMoney } from './money';

// What the shopper reads when the cart API refuses something or reports a problem with the
// cart. Messages switch on the API's `code`; the API's English `message` is never shown.

/**
 * Why a coupon does not apply. The API gives one COUPON_NOT_APPLICABLE code for all reasons and
 * says which in its (English) message, so the known messages are mapped to our own wording; an
 * unknown one gets the general message rather than English text.
 */
export function couponReasonKey(apiMessage: string): MessageKey {
  const text = apiMessage.toLowerCase();
  if (text.includes('does not exist')) return 'couponUnknown';
  if (text.includes('not valid yet')) return 'couponNotStarted';
  if (text.includes('expired')) return 'couponExpired';
  if (text.includes('used up')) return 'couponUsedUp';
  if (text.includes('minimum')) return 'couponMinimum';
  if (text.includes('already used')) return 'couponAlreadyUsed';
  return 'couponNotApplicable';
}

/** The number in "only 2 available" (fields.quantity of INSUFFICIENT_STOCK). */
function availableCount(error: CartApiError): number | undefined {
  const match = /\d+/.exec(error.fields?.quantity ?? error.message);
  return match ? Number(match[0]) : undefined;
}

/** The message for a refused cart action (add, update, coupon, address, checkout). */
export function cartErrorMessage(error: CartApiError, messages: Messages): string {
  const fields = error.fields ?? {};
  switch (error.code) {
    case 'INSUFFICIENT_STOCK': {
      const count = availableCount(error);
      return count === undefined || count === 0
        ? messages.errorSoldOutNow
        : interpolate(messages.errorOnlyAvailable, { count });
    }
    case 'PRODUCT_UNAVAILABLE':
      return messages.errorVariantUnavailable;
    case 'COUPON_NOT_APPLICABLE':
      return messages[couponReasonKey(fields.code ?? error.message)];
    case 'CART_NEEDS_REVIEW':
      return messages.cartChanged;
    case 'PAYMENTS_NOT_CONFIGURED':
      return messages.paymentsNotConfigured;
    case 'RATE_LIMITED':
      return messages.tooManyRequests;
    case 'UNAVAILABLE':
      return messages.serviceUnavailable;
    case 'NETWORK':
      return messages.networkError;
    case 'VALIDATION_FAILED':
      return validationMessage(fields, messages);
    default:
      return messages.genericError;
  }
}

function validationMessage(fields: Record<string, string>, messages: Messages): string {
  if ('code' in fields) return messages.couponInvalid;
  if ('email' in fields) return messages.needEmail;
  if ('shippingAddress' in fields) return messages.needAddress;
  if ('shippingRateId' in fields || 'rateId' in fields) return messages.needShipping;
  if ('region' in fields) return messages.regionInvalid;
  if ('quantity' in fields) return messages.quantityInvalid;
  if ('cart' in fields) return messages.cartEmptyError;
  return messages.genericError;
}

/** The message for one problem the API found in the cart (shown until it is resolved). */
export function cartProblemMessage(
  problem: CartProblem,
  context: { titleOf: (variantId: string | undefined) => string; currency: string },
  messages: Messages,
  language: Language,
): string {
  const title = context.titleOf(problem.variantId);
  const money = (amountMinor: number | undefined) =>
    amountMinor === undefined
      ? ''
      : formatMoney({ amountMinor, currency: context.currency }, language);
  switch (problem.code) {
    case 'PRODUCT_UNAVAILABLE':
      return interpolate(messages.problemUnavailable, { title });
    case 'INSUFFICIENT_STOCK':
      return interpolate(messages.problemStock, { title, count: problem.available ?? 0 });
    case 'PRICE_CHANGED':
      return interpolate(messages.problemPrice, {
        title,
        previous: money(problem.previousPrice),
        price: money(problem.price),
      });
    case 'COUPON_NOT_APPLICABLE':
      return interpolate(messages.problemCoupon, {
        reason: lowerFirst(messages[couponReasonKey(problem.message)].replace(/\.$/, '')),
      });
    case 'SHIPPING_UNAVAILABLE':
      return messages.problemShipping;
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
