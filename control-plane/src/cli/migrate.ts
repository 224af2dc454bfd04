/**
 * Applies the control plane's pending migrations. Run as the schema owner, before a deploy:
 *
 *   DATABASE_URL=postgres://owner@host/db npm run migrate:control-plane
 *
 * The application itself never migrates: it runs as a role without DDL rights.
 */
import { createDatabase, migrateToLatest } from '@mpb/db';
import { controlPlaneMigrations } from '../db/migrations';

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL (the schema owner’s connection) is required');
  const db = createDatabase({
    connectionString: url,
    applicationName: 'migrate-control-plane',
    poolMax: 1,
  });
  try {
    const applied = await migrateToLatest(db, controlPlaneMigrations);
    console.log(applied.length > 0 ? `applied ${applied.join(', ')}` : 'already up to date');
  } finally {
    await db.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
