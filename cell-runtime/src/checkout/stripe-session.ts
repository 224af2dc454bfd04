import type { Stripe } from '@mpb/payments';
import type { EvaluatedCart } from '../cart/evaluate-cart';

export interface SessionInput {
  tenantId: string;
  checkoutId: string;
  orderId: string;
  orderNumber: number;
  statusToken: string;
  email: string;
  locale: string;
  currency: string;
  storeOrigin: string;
  expiresAt: Date;
  evaluated: EvaluatedCart;
}

const stripeLocales: Record<string, Stripe.Checkout.SessionCreateParams.Locale> = {
  'pt-BR': 'pt-BR',
  en: 'en',
  es: 'es',
};

/**
 * The Stripe Checkout session of a checkout: one line per product at the server's price, the
 * tax as its own line when prices exclude it, the discount as a one-off coupon, and the chosen
 * shipping rate. The amounts add up to the order total.
 */
export function sessionParams(
  input: SessionInput,
  discountCouponId: string | undefined,
): Stripe.Checkout.SessionCreateParams {
  const currency = input.currency.toLowerCase();
  const { view, price, shippingMethod } = input.evaluated;
  const lineItems: Stripe.Checkout.SessionCreateParams.LineItem[] = view.lines.map((line) => ({
    quantity: line.quantity,
    price_data: {
      currency,
      unit_amount: line.unitPrice,
      product_data: {
        name: [line.title, ...Object.values(line.options)].join(' · ').slice(0, 250),
        metadata: { variant_id: line.variantId },
      },
    },
  }));
  if (!price.taxIncluded && price.tax > 0) {
    lineItems.push({
      quantity: 1,
      price_data: { currency, unit_amount: price.tax, product_data: { name: 'Tax' } },
    });
  }
  const metadata = {
    tenant_id: input.tenantId,
    checkout_id: input.checkoutId,
    order_id: input.orderId,
    order_number: String(input.orderNumber),
  };
  return {
    mode: 'payment',
    line_items: lineItems,
    ...(discountCouponId ? { discounts: [{ coupon: discountCouponId }] } : {}),
    ...(shippingMethod
      ? {
          shipping_options: [
            {
              shipping_rate_data: {
                display_name: shippingMethod.name,
                type: 'fixed_amount',
                fixed_amount: { amount: price.shipping ?? 0, currency },
              },
            },
          ],
        }
      : {}),
    // The cart knows the country and region (for rates and tax); Stripe's page collects the
    // street address in that country, and a phone for delivery updates.
    ...(shippingMethod && !shippingMethod.pickup && view.shippingAddress
      ? {
          shipping_address_collection: {
            allowed_countries: [view.shippingAddress.country],
          },
          phone_number_collection: { enabled: true },
        }
      : {}),
    customer_email: input.email,
    client_reference_id: input.orderId,
    metadata,
    payment_intent_data: { metadata },
    locale: stripeLocales[input.locale] ?? 'auto',
    expires_at: Math.floor(input.expiresAt.getTime() / 1000),
    success_url: `${input.storeOrigin}/orders/${input.orderId}?token=${input.statusToken}`,
    cancel_url: `${input.storeOrigin}/cart`,
  };
}
