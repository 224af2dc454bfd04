import { withTenant, type Knex } from '@mpb/db';
import type { Logger } from '@mpb/observability';
import type { PeriodicJob } from '../worker/jobs';
import { addDays } from './period';

/**
 * Folds finished days of `storefront_sessions` into one `sessions` counter per store and day,
 * deleting their rows in the same transaction, so the table only ever holds about two days of
 * sessions. A day is finished everywhere once the UTC date is two days past it (no time zone
 * is more than 14 hours ahead of UTC), so no beacon can still arrive for it.
 */
export async function rollUpSessions(
  db: Knex,
  options: { today?: string; batch?: number } = {},
): Promise<number> {
  const todayUtc = options.today ?? new Date().toISOString().slice(0, 10);
  const before = addDays(todayUtc, -1);
  const { rows } = await db.raw<{ rows: { tenant_id: string; day: string }[] }>(
    `select tenant_id, to_char(day, 'YYYY-MM-DD') as day from storefront_session_days_before(?::date, ?)`,
    [before, options.batch ?? 200],
  );
  for (const row of rows) {
    await withTenant(db, row.tenant_id, (trx) =>
      trx.raw(
        `with gone as (delete from storefront_sessions where day = ?::date returning 1)
         insert into storefront_event_days (tenant_id, day, type, count)
         select ?, ?::date, 'sessions', count(*) from gone having count(*) > 0
         on conflict (tenant_id, day, type)
           do update set count = storefront_event_days.count + excluded.count`,
        [row.day, row.tenant_id, row.day],
      ),
    );
  }
  return rows.length;
}

export function sessionRollupJob(db: Knex, logger: Logger, intervalMs = 600_000): PeriodicJob {
  return {
    name: 'analytics-session-rollup',
    intervalMs,
    async run() {
      const days = await rollUpSessions(db);
      if (days > 0) logger.info({ days }, 'storefront sessions rolled up');
    },
  };
}
