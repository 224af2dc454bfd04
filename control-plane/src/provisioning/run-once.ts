import type { Knex } from '@mpb/db';

/**
 * Runs `effect` at most once per idempotency key. The key's row is written in the same
 * transaction as the effect, under an advisory lock on the key, so a retried or concurrently
 * re-run activity finds the first result and changes nothing.
 */
export async function runOnce<T extends object>(
  db: Knex,
  idempotencyKey: string,
  effect: (trx: Knex.Transaction) => Promise<T>,
  /** Called once the effect has committed, and never on a replay (metrics, notifications). */
  afterFirstRun?: (result: T) => void,
): Promise<T> {
  let ran = false;
  const result = await db.transaction(async (trx) => {
    await trx.raw('select pg_advisory_xact_lock(hashtextextended(?, 0))', [idempotencyKey]);
    const done = await trx('activity_effects')
      .where({ idempotency_key: idempotencyKey })
      .first<{ result: T } | undefined>('result');
    if (done) return done.result;
    const value = await effect(trx);
    await trx('activity_effects').insert({
      idempotency_key: idempotencyKey,
      result: JSON.stringify(value),
    });
    ran = true;
    return value;
  });
  if (ran) afterFirstRun?.(result);
  return result;
}

/** How many times an effect was recorded for a key prefix; tests use it to prove exactly-once. */
export async function countEffects(db: Knex, keyPrefix: string): Promise<Record<string, number>> {
  const rows = await db('activity_effects')
    .whereLike('idempotency_key', `${keyPrefix}%`)
    .select<{ idempotency_key: string }[]>('idempotency_key');
  const counts: Record<string, number> = {};
  for (const row of rows) counts[row.idempotency_key] = (counts[row.idempotency_key] ?? 0) + 1;
  return counts;
}
