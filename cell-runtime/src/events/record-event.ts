import type { Knex } from '@mpb/db';
import { getContext } from '@mpb/observability';
import type { EventType } from './types';

export interface NewEvent {
  tenantId: string;
  type: EventType;
  aggregateType: string;
  aggregateId: string;
  payload?: Record<string, unknown>;
}

/**
 * Writes a domain event to the outbox in the caller's transaction: it is published if and only
 * if the change that caused it commits.
 */
export async function recordEvent(trx: Knex.Transaction, event: NewEvent): Promise<void> {
  await trx('outbox_events').insert({
    tenant_id: event.tenantId,
    type: event.type,
    aggregate_type: event.aggregateType,
    aggregate_id: event.aggregateId,
    payload: JSON.stringify(event.payload ?? {}),
    correlation_id: getContext()?.correlationId ?? null,
  });
}
