import { withTenant, type Knex } from '@mpb/db';
import type { DomainEvent } from './types';

/**
 * Runs a handler's database work for an event at most once per consumer: the processed marker
 * is inserted in the same transaction, so a redelivered event finds it and does nothing.
 * Returns false when the event had already been processed.
 */
export async function processOnce(
  db: Knex,
  consumer: string,
  event: DomainEvent,
  work: (trx: Knex.Transaction) => Promise<void>,
): Promise<boolean> {
  return withTenant(db, event.tenantId, async (trx) => {
    const inserted = await trx('processed_events')
      .insert({ tenant_id: event.tenantId, consumer, event_id: event.id })
      .onConflict(['tenant_id', 'consumer', 'event_id'])
      .ignore()
      .returning('event_id');
    if (inserted.length === 0) return false;
    await work(trx);
    return true;
  });
}
