import { createDatabase } from './knex';
import { migrateToLatest, type Migration } from './migrations';

/**
 * The body of a `migrate` command: applies pending migrations with DATABASE_URL, which must be
 * the schema owner's connection (applications run as roles without DDL rights).
 */
export async function runMigrateCommand(name: string, migrations: Migration[]): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL (the schema owner’s connection) is required');
  const db = createDatabase({
    connectionString: url,
    applicationName: `migrate-${name}`,
    poolMax: 1,
  });
  try {
    const applied = await migrateToLatest(db, migrations);
    console.log(
      applied.length > 0 ? `${name}: applied ${applied.join(', ')}` : `${name}: already up to date`,
    );
  } finally {
    await db.destroy();
  }
}
