import { randomUUID } from 'node:crypto';
import { withTenant, type Knex } from '@mpb/db';

export type NotificationChannel = 'email' | 'whatsapp';

/** One message of one event on one channel: the ledger's unique key, plus who receives it. */
export interface NotificationKey {
  tenantId: string;
  eventId: number;
  channel: NotificationChannel;
  template: string;
  recipient: string;
}

interface NotificationRow {
  id: string;
  status: 'sending' | 'sent' | 'failed';
}

/** Errors are stored for operators; keep them short. */
const MAX_ERROR_LENGTH = 1_000;

/**
 * Sends a notification at most once per event, channel and template, however often the event is
 * delivered. The ledger row is locked for the whole attempt, so a concurrent delivery of the same
 * event waits and then finds it `sent`. Holding a transaction across an SMTP call costs a pooled
 * connection for a few seconds, which is cheaper than a second email; the senders' timeouts bound
 * it. `deliver` runs in a savepoint: its own writes (a sign-in token) are undone if sending fails.
 *
 * A failure is recorded as `failed` with its message and then rethrown, so the stream retries it;
 * the retry sends again. A crash between the server accepting and the commit means one duplicate,
 * the price of at-least-once delivery.
 *
 * Returns `sent`, or `already-sent` when an earlier delivery did the work.
 */
export async function deliverOnce(
  db: Knex,
  key: NotificationKey,
  deliver: (trx: Knex.Transaction, notificationId: string) => Promise<void>,
): Promise<'sent' | 'already-sent'> {
  const outcome = await withTenant(db, key.tenantId, async (trx) => {
    const row = await claim(trx, key);
    if (row.status === 'sent') return { status: 'already-sent' as const };
    try {
      await trx.transaction((savepoint) => deliver(savepoint, row.id));
    } catch (error) {
      await trx('notifications')
        .where({ id: row.id })
        .update({ status: 'failed', error: describe(error), recipient: key.recipient });
      return { status: 'failed' as const, error };
    }
    await trx('notifications').where({ id: row.id }).update({
      status: 'sent',
      error: null,
      recipient: key.recipient,
      sent_at: trx.fn.now(),
    });
    return { status: 'sent' as const };
  });
  if (outcome.status === 'failed') throw outcome.error;
  return outcome.status;
}

/** Inserts the row when it is new (a concurrent insert waits for ours), then locks it. */
async function claim(trx: Knex.Transaction, key: NotificationKey): Promise<NotificationRow> {
  const where = {
    tenant_id: key.tenantId,
    event_id: key.eventId,
    channel: key.channel,
    template: key.template,
  };
  await trx('notifications')
    .insert({ id: randomUUID(), ...where, recipient: key.recipient, status: 'sending' })
    .onConflict(['tenant_id', 'event_id', 'channel', 'template'])
    .ignore();
  const row = await trx('notifications')
    .where(where)
    .forUpdate()
    .first<NotificationRow | undefined>('id', 'status');
  if (!row) throw new Error('notification row vanished while being claimed');
  return row;
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.slice(0, MAX_ERROR_LENGTH);
}
