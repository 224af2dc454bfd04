import type { Knex } from '@mpb/db';
import { AppError } from '@mpb/http';

export const orderStatuses = [
  'created',
  'paid',
  'shipped',
  'delivered',
  'cancelled',
  'refunded',
] as const;
export type OrderStatus = (typeof orderStatuses)[number];

/** Which status may follow which. Anything else is refused, whoever asks (staff or Stripe). */
const allowed: Record<OrderStatus, readonly OrderStatus[]> = {
  created: ['paid', 'cancelled'],
  paid: ['shipped', 'cancelled', 'refunded'],
  shipped: ['delivered', 'refunded'],
  delivered: ['refunded'],
  cancelled: [],
  refunded: [],
};

export const canMove = (from: OrderStatus, to: OrderStatus): boolean => allowed[from].includes(to);

export interface Actor {
  type: 'member' | 'customer' | 'stripe' | 'system';
  id?: string;
}

/** Appends to the order's timeline: every change, with who made it. */
export async function recordOrderEvent(
  trx: Knex.Transaction,
  event: {
    tenantId: string;
    orderId: string;
    type: string;
    actor: Actor;
    from?: OrderStatus;
    to?: OrderStatus;
    data?: object;
  },
): Promise<void> {
  await trx('order_events').insert({
    tenant_id: event.tenantId,
    order_id: event.orderId,
    type: event.type,
    from_status: event.from ?? null,
    to_status: event.to ?? null,
    actor_type: event.actor.type,
    actor_id: event.actor.id ?? null,
    data: JSON.stringify(event.data ?? {}),
  });
}

/**
 * Moves an order to a new status if the lifecycle allows it, under a row lock, recording the
 * transition. Returns false when the order already had that status (a replayed request or
 * event), and throws 409 for a move the lifecycle forbids.
 */
export async function moveOrder(
  trx: Knex.Transaction,
  input: {
    tenantId: string;
    orderId: string;
    to: OrderStatus;
    actor: Actor;
    columns?: Record<string, unknown>;
    data?: object;
  },
): Promise<boolean> {
  const order = await trx('orders')
    .where({ id: input.orderId })
    .forUpdate()
    .first<{ status: OrderStatus } | undefined>('status');
  if (!order) throw AppError.notFound('Order');
  if (order.status === input.to) return false;
  if (!canMove(order.status, input.to)) {
    throw new AppError(
      'INVALID_STATE',
      `An order that is ${order.status} cannot become ${input.to}`,
    );
  }
  await trx('orders')
    .where({ id: input.orderId })
    .update({ status: input.to, updated_at: trx.fn.now(), ...input.columns });
  await recordOrderEvent(trx, {
    tenantId: input.tenantId,
    orderId: input.orderId,
    type: input.to,
    actor: input.actor,
    from: order.status,
    to: input.to,
    data: input.data,
  });
  return true;
}
