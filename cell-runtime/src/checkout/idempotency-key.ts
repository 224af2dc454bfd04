import { createHash } from 'node:crypto';
import type { EvaluatedCart } from '../cart/evaluate-cart';

/**
 * The same cart, unchanged, is the same checkout: the key hashes what is being bought and for
 * how much, so a double click or a retried request reuses the first checkout, while any change
 * to the cart makes a new one.
 */
export function checkoutKey(
  tenantId: string,
  cartId: string,
  evaluated: EvaluatedCart,
  email: string,
): string {
  const { view } = evaluated;
  const canonical = JSON.stringify([
    tenantId,
    cartId,
    email.toLowerCase(),
    view.lines.map((line) => [line.variantId, line.quantity, line.unitPrice]),
    view.coupon?.code ?? null,
    view.shippingRateId,
    view.shippingAddress,
    view.total,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}
