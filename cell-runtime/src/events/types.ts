/** Domain events of a cell, as written to the outbox and carried on the event stream. */
export const eventTypes = [
  'ProductCreated',
  'ProductUpdated',
  'ProductDeleted',
  'OrderCreated',
  'PaymentConfirmed',
  'OrderShipped',
  'OrderDelivered',
  'OrderCancelled',
  'OrderRefunded',
  'CheckoutExpired',
  'CustomerLoginRequested',
  'StoreContentChanged',
] as const;
export type EventType = (typeof eventTypes)[number];

/** What each event carries: ids to load the current state from, plus what a reader needs at once. */
export interface EventPayloads {
  ProductCreated: { productId: string; handle: string };
  ProductUpdated: { productId: string; handle: string; previousHandle?: string };
  ProductDeleted: { productId: string; handle: string };
  OrderCreated: { orderId: string; number: number };
  PaymentConfirmed: { orderId: string; number: number };
  OrderShipped: { orderId: string; carrier: string; trackingNumber: string };
  OrderDelivered: { orderId: string };
  OrderCancelled: { orderId: string; reason: string };
  OrderRefunded: { orderId: string; refundId: string; amount: number; full: boolean };
  CheckoutExpired: { checkoutId: string; orderId: string | null };
  /** Sent by the storefront's "email me a sign-in link"; the notifier makes and mails the link. */
  CustomerLoginRequested: {
    customerId: string;
    email: string;
    returnPath: string | null;
    /** The email's language (one the store offers); absent in events recorded before it was. */
    locale?: string;
  };
  /** Pages, navigation, SEO defaults or analytics ids changed: every storefront page shows them. */
  StoreContentChanged: { what: 'pages' | 'site-settings' };
}

export interface DomainEvent {
  /** The outbox row id: unique in the cell, so consumers deduplicate on it. */
  id: number;
  tenantId: string;
  type: EventType;
  aggregateType: string;
  aggregateId: string;
  payload: Record<string, unknown>;
  correlationId: string | null;
  createdAt: string;
}
