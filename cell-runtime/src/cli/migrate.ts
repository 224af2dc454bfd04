/**
 * Applies a cell's pending migrations. Run as the cell schema owner, once per cell database,
 * before its API is rolled out (the cell lifecycle runs it for every cell in turn):
 *
 *   DATABASE_URL=postgres://owner@cell-host/db npm run migrate:cell
 *
 * The cell API runs as a restricted role and refuses to start as the owner.
 */
import { createDatabase, migrateToLatest } from '@mpb/db';
import { cellMigrations } from '../db/migrations';

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL (the cell schema owner’s connection) is required');
  const db = createDatabase({ connectionString: url, applicationName: 'migrate-cell', poolMax: 1 });
  try {
    const applied = await migrateToLatest(db, cellMigrations);
    console.log(applied.length > 0 ? `applied ${applied.join(', ')}` : 'already up to date');
  } finally {
    await db.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
