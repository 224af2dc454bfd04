import type {
  AdminOrder,
  BuyerOrder,
  adminOrderSummarySchema,
  buyerOrderSummarySchema,
} from '@mpb/contracts';
import type { z } from 'zod';
import { refundable } from './refund-rules';
import type { OrderEventRow, OrderItemRow, OrderRow, RefundRow } from './repository';

type AdminOrderSummary = z.infer<typeof adminOrderSummarySchema>;
type BuyerOrderSummary = z.infer<typeof buyerOrderSummarySchema>;

const addressFields = [
  'name',
  'line1',
  'line2',
  'city',
  'region',
  'postalCode',
  'country',
  'phone',
] as const;
type Address = Partial<Record<(typeof addressFields)[number], string>>;

/** Only the known string fields of the jsonb column: whatever else it holds is ignored. */
export function toAddress(value: unknown): Address | null {
  if (!value || typeof value !== 'object') return null;
  const source = value as Record<string, unknown>;
  const address: Address = {};
  for (const field of addressFields) {
    const entry = source[field];
    if (typeof entry === 'string' && entry.trim()) address[field] = entry.trim();
  }
  return address;
}

const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);

function totalsOf(order: OrderRow): AdminOrder['totals'] {
  return {
    currency: order.currency,
    subtotal: order.subtotal,
    discount: order.discount_amount,
    shipping: order.shipping_amount,
    tax: order.tax_amount,
    taxIncluded: order.prices_include_tax,
    total: order.total,
    refunded: order.refunded_amount,
  };
}

function shipmentsOf(order: OrderRow): AdminOrder['shipments'] {
  if (!order.carrier || !order.tracking_number || !order.shipped_at) return [];
  return [
    {
      carrier: order.carrier,
      trackingNumber: order.tracking_number,
      trackingUrl: order.tracking_url,
      shippedAt: order.shipped_at.toISOString(),
      deliveredAt: iso(order.delivered_at),
    },
  ];
}

export function toAdminOrderView(input: {
  order: OrderRow;
  items: OrderItemRow[];
  refunds: RefundRow[];
  events: OrderEventRow[];
  stripeSessionId: string | null;
}): AdminOrder {
  const { order } = input;
  return {
    id: order.id,
    number: order.number,
    status: order.status,
    email: order.email,
    customerId: order.customer_id,
    locale: order.locale,
    totals: totalsOf(order),
    refundable: refundable(order, input.refunds),
    lines: input.items.map((item) => ({
      id: item.id,
      productId: item.product_id,
      variantId: item.variant_id,
      title: item.title,
      sku: item.sku,
      quantity: item.quantity,
      unitPrice: item.unit_price,
      total: item.total,
    })),
    shippingMethod: order.shipping_method,
    shippingAddress: toAddress(order.shipping_address),
    couponCode: order.coupon_code,
    payment: {
      provider: 'stripe',
      checkoutId: order.checkout_session_id,
      stripeCheckoutSessionId: input.stripeSessionId,
      stripePaymentIntentId: order.stripe_payment_intent_id,
    },
    shipments: shipmentsOf(order),
    refunds: input.refunds.map((refund) => toRefundView(refund, order.currency)),
    timeline: input.events.map((event) => ({
      id: String(event.id),
      type: event.type,
      fromStatus: event.from_status,
      toStatus: event.to_status,
      actor: { type: event.actor_type, id: event.actor_id },
      data: event.data,
      at: event.created_at.toISOString(),
    })),
    createdAt: order.created_at.toISOString(),
    paidAt: iso(order.paid_at),
    cancelledAt: iso(order.cancelled_at),
  };
}

export const toRefundView = (
  refund: RefundRow,
  currency: string,
): AdminOrder['refunds'][number] => ({
  id: refund.id,
  amount: refund.amount,
  currency,
  status: refund.status,
  reason: refund.reason,
  restock: refund.restock,
  stripeRefundId: refund.stripe_refund_id,
  createdBy: refund.created_by,
  createdAt: refund.created_at.toISOString(),
});

export const toAdminSummary = (order: OrderRow, itemCount: number): AdminOrderSummary => ({
  id: order.id,
  number: order.number,
  status: order.status,
  email: order.email,
  currency: order.currency,
  total: order.total,
  refunded: order.refunded_amount,
  itemCount,
  createdAt: order.created_at.toISOString(),
  paidAt: iso(order.paid_at),
});

/**
 * What the buyer sees, by status link or signed in: no staff ids, no payment ids, no street
 * address (a forwarded status link shows the city, not the door), and only status changes.
 */
export function toBuyerOrderView(input: {
  order: OrderRow;
  items: OrderItemRow[];
  events: OrderEventRow[];
}): BuyerOrder {
  const { order } = input;
  const address = toAddress(order.shipping_address);
  return {
    id: order.id,
    number: order.number,
    status: order.status,
    placedAt: order.created_at.toISOString(),
    totals: totalsOf(order),
    lines: input.items.map((item) => ({
      title: item.title,
      sku: item.sku,
      quantity: item.quantity,
      unitPrice: item.unit_price,
      total: item.total,
    })),
    shippingMethod: order.shipping_method,
    shippingAddress: address
      ? {
          name: address.name ?? null,
          city: address.city ?? null,
          region: address.region ?? null,
          country: address.country ?? null,
        }
      : null,
    shipments: shipmentsOf(order),
    timeline: input.events
      .filter((event) => event.to_status !== null)
      .map((event) => ({
        status: event.to_status as NonNullable<OrderEventRow['to_status']>,
        at: event.created_at.toISOString(),
      })),
  };
}

export const toBuyerSummary = (order: OrderRow, itemCount: number): BuyerOrderSummary => ({
  id: order.id,
  number: order.number,
  status: order.status,
  placedAt: order.created_at.toISOString(),
  currency: order.currency,
  total: order.total,
  itemCount,
});
