import type { ShippingAddress } from '@mpb/contracts';
import type { Stripe } from '@mpb/payments';

/**
 * The address to ship to: the cart gave the country and region (which priced shipping and
 * tax), Stripe's page collected the rest. Stripe's fields win where it has them; its state
 * code ("SP", "CA") becomes our region form ("BR-SP"). Nothing from Stripe: the cart's.
 */
export function shippingAddressFromSession(
  cart: ShippingAddress | null,
  session: Pick<Stripe.Checkout.Session, 'collected_information' | 'customer_details'>,
): ShippingAddress | null {
  const details = session.collected_information?.shipping_details;
  const phone = session.customer_details?.phone ?? undefined;
  if (!details) return cart && phone && !cart.phone ? { ...cart, phone } : cart;
  const { address, name } = details;
  const country = address.country ?? cart?.country;
  if (!country) return cart;
  const state = address.state?.trim();
  const region = state
    ? (state.includes('-') ? state : `${country}-${state}`).toUpperCase()
    : cart?.region;
  const merged: ShippingAddress = {
    ...cart,
    country,
    ...(name ? { name } : {}),
    ...(address.line1 ? { line1: address.line1 } : {}),
    ...(address.line2 ? { line2: address.line2 } : {}),
    ...(address.city ? { city: address.city } : {}),
    ...(address.postal_code ? { postalCode: address.postal_code } : {}),
    ...(region ? { region } : {}),
    ...(phone ? { phone } : {}),
  };
  return merged;
}
