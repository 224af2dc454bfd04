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
] as const;
export type EventType = (typeof eventTypes)[number];

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
