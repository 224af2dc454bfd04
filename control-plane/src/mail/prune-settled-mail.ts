import type { Knex } from '@mpb/db';

export interface PruneOptions {
  /** Settled outbox rows (sent, failed, unsent) are kept this long for support questions. */
  mailKeepDays: number;
  /** Sign-in and verification links are kept this long after they expire, used or not. */
  linkKeepDays: number;
  /** Rows deleted per statement, so a large backlog never holds long locks. */
  batchSize?: number;
}

export interface PruneCounts {
  mails: number;
  links: number;
}

/**
 * Deletes what the platform's email no longer needs: settled outbox rows past `mailKeepDays`
 * (never a pending one, however old) and sign-in or verification links past `linkKeepDays`
 * after their expiry (a link that expired can do nothing; the row only answers "already used"
 * or "expired" a little longer). Safe to run from every control-plane replica at once.
 */
export async function pruneSettledMail(db: Knex, options: PruneOptions): Promise<PruneCounts> {
  const batchSize = options.batchSize ?? 5_000;
  const mails = await deleteInBatches(
    db,
    `delete from mail_outbox where id in (
       select id from mail_outbox
        where status <> 'pending' and created_at < now() - make_interval(days => ?)
        limit ? for update skip locked)`,
    [options.mailKeepDays, batchSize],
    batchSize,
  );
  const links = await deleteInBatches(
    db,
    `delete from auth_links where id in (
       select id from auth_links
        where expires_at < now() - make_interval(days => ?)
        limit ? for update skip locked)`,
    [options.linkKeepDays, batchSize],
    batchSize,
  );
  return { mails, links };
}

async function deleteInBatches(
  db: Knex,
  sql: string,
  bindings: readonly number[],
  batchSize: number,
): Promise<number> {
  let total = 0;
  for (;;) {
    const result = await db.raw<{ rowCount: number | null }>(sql, [...bindings]);
    const deleted = result.rowCount ?? 0;
    total += deleted;
    if (deleted < batchSize) return total;
  }
}
