import { createHash, randomBytes } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import type { ShippingAddress } from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import { recordEvent } from '../events';
import { recordOrderEvent } from './lifecycle';

export interface NewOrder {
  tenantId: string;
  checkoutId: string;
  email: string;
  locale: string;
  currency: string;
  subtotal: number;
  discount: number;
  shipping: number;
  tax: number;
  total: number;
  pricesIncludeTax: boolean;
  couponCode: string | null;
  shippingMethod: string | null;
  shippingAddress: ShippingAddress | null;
  lines: {
    productId: string;
    variantId: string;
    title: string;
    sku: string | null;
    quantity: number;
    unitPrice: number;
  }[];
}

export const hashStatusToken = (token: string): string =>
  createHash('sha256').update(token).digest('hex');

/** The next order number of the store: sequential per store, never reused. */
async function nextOrderNumber(trx: Knex.Transaction, tenantId: string): Promise<number> {
  const [row] = await trx('store_settings')
    .where({ tenant_id: tenantId })
    .increment('next_order_number', 1)
    .returning<{ next_order_number: number }[]>('next_order_number');
  return (row?.next_order_number ?? 1002) - 1;
}

/**
 * Creates the order of a checkout, awaiting payment, with a status token whose hash only is
 * stored: the raw token goes into the guest's order-status link and nowhere else.
 */
export async function createOrder(
  trx: Knex.Transaction,
  order: NewOrder,
): Promise<{ id: string; number: number; statusToken: string }> {
  const id = uuidv7();
  const number = await nextOrderNumber(trx, order.tenantId);
  const statusToken = randomBytes(24).toString('base64url');
  const [customer] = await trx('customers')
    .insert({ id: uuidv7(), tenant_id: order.tenantId, email: order.email.toLowerCase() })
    .onConflict(['tenant_id', 'email'])
    .merge({ email: order.email.toLowerCase() })
    .returning<{ id: string }[]>('id');
  await trx('orders').insert({
    id,
    tenant_id: order.tenantId,
    number,
    status: 'created',
    currency: order.currency,
    subtotal: order.subtotal,
    discount_amount: order.discount,
    shipping_amount: order.shipping,
    tax_amount: order.tax,
    total: order.total,
    prices_include_tax: order.pricesIncludeTax,
    coupon_code: order.couponCode,
    shipping_method: order.shippingMethod,
    shipping_address: order.shippingAddress ? JSON.stringify(order.shippingAddress) : null,
    email: order.email.toLowerCase(),
    locale: order.locale,
    customer_id: customer?.id ?? null,
    checkout_session_id: order.checkoutId,
    status_token_hash: hashStatusToken(statusToken),
  });
  await trx('order_items').insert(
    order.lines.map((line) => ({
      id: uuidv7(),
      tenant_id: order.tenantId,
      order_id: id,
      product_id: line.productId,
      variant_id: line.variantId,
      title: line.title,
      sku: line.sku,
      quantity: line.quantity,
      unit_price: line.unitPrice,
      total: line.unitPrice * line.quantity,
    })),
  );
  await recordOrderEvent(trx, {
    tenantId: order.tenantId,
    orderId: id,
    type: 'created',
    actor: { type: 'customer' },
    to: 'created',
    data: { checkoutId: order.checkoutId },
  });
  await recordEvent(trx, {
    tenantId: order.tenantId,
    type: 'OrderCreated',
    aggregateType: 'order',
    aggregateId: id,
    payload: { orderId: id, number },
  });
  return { id, number, statusToken };
}
