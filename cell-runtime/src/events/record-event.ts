import type { Knex } from '@mpb/db';
import { getContext } from '@mpb/observability';
import type { EventPayloads, EventType } from './types';

export interface NewEvent<T extends EventType = EventType> {
  tenantId: string;
  type: T;
  aggregateType: string;
  aggregateId: string;
  payload: EventPayloads[T];
}

/**
 * Writes a domain event to the outbox in the caller's transaction: it is published if and only
 * if the change that caused it commits.
 */
export async function recordEvent<T extends EventType>(
  trx: Knex.Transaction,
  event: NewEvent<T>,
): Promise<void> {
  await trx('outbox_events').insert({
    tenant_id: event.tenantId,
    type: event.type,
    aggregate_type: event.aggregateType,
    aggregate_id: event.aggregateId,
    payload: JSON.stringify(event.payload),
    correlation_id: getContext()?.correlationId ?? null,
  });
}
