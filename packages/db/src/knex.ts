import knex, { type Knex } from 'knex';
import pg from 'pg';

// int8 (bigint) columns hold money in minor units and counts, all far below 2^53: read them as
// numbers rather than strings so they round-trip through JSON unchanged.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => {
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed))
    throw new Error(`int8 value ${value} is outside the safe range`);
  return parsed;
});

export interface DatabaseOptions {
  connectionString: string;
  applicationName: string;
  poolMin?: number;
  poolMax?: number;
  /** Per-statement limit, so a runaway query fails instead of holding a connection. */
  statementTimeoutMs?: number;
}

export function createDatabase(options: DatabaseOptions): Knex {
  return knex({
    client: 'pg',
    connection: {
      connectionString: options.connectionString,
      application_name: options.applicationName,
      statement_timeout: options.statementTimeoutMs ?? 10_000,
    },
    pool: { min: options.poolMin ?? 0, max: options.poolMax ?? 10 },
    acquireConnectionTimeout: 10_000,
  });
}

/** Throws unless the database answers a trivial query; used by readiness checks. */
export async function pingDatabase(db: Knex): Promise<void> {
  await db.raw('select 1');
}
