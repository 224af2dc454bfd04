/** What templates know about a store: already resolved, so templates stay pure functions. */
export interface StoreView {
  name: string;
  /** `<scheme>://<store host>[:port]`, without a trailing slash. */
  url: string;
  supportEmail: string | null;
  /** Store language, used when the order's locale is not one we write. */
  language: string;
  timeZone: string;
}

export interface ShippingAddressView {
  name?: string;
  phone?: string;
  line1?: string;
  line2?: string;
  city?: string;
  region?: string;
  postalCode?: string;
  country?: string;
}

export interface OrderItemView {
  title: string;
  sku: string | null;
  quantity: number;
  unitPrice: number;
  total: number;
}

/** An order as the notifications read it; amounts are integer minor units of `currency`. */
export interface OrderView {
  id: string;
  number: number;
  email: string | null;
  locale: string;
  currency: string;
  subtotal: number;
  discountAmount: number;
  shippingAmount: number;
  taxAmount: number;
  total: number;
  refundedAmount: number;
  couponCode: string | null;
  shippingMethod: string | null;
  shippingAddress: ShippingAddressView | null;
  placedAt: Date;
  shippedAt: Date | null;
  items: OrderItemView[];
}
