import type { Knex } from 'knex';

export interface Migration {
  name: string;
  up(db: Knex): Promise<void>;
  down(db: Knex): Promise<void>;
}

/**
 * Serves migrations from an explicit, ordered list instead of scanning a directory, so they
 * work the same under tsx, Jest and a bundled build.
 */
class ListMigrationSource implements Knex.MigrationSource<Migration> {
  constructor(private readonly migrations: Migration[]) {}
  getMigrations(): Promise<Migration[]> {
    return Promise.resolve(this.migrations);
  }
  getMigrationName(migration: Migration): string {
    return migration.name;
  }
  getMigration(migration: Migration): Promise<Knex.Migration> {
    return Promise.resolve({
      up: (db: Knex) => migration.up(db),
      down: (db: Knex) => migration.down(db),
    });
  }
}

export async function migrateToLatest(
  db: Knex,
  migrations: Migration[],
  tableName = 'knex_migrations',
): Promise<string[]> {
  const [, applied] = (await db.migrate.latest({
    migrationSource: new ListMigrationSource(migrations),
    tableName,
  })) as [number, string[]];
  return applied;
}

export async function rollbackAll(
  db: Knex,
  migrations: Migration[],
  tableName = 'knex_migrations',
): Promise<void> {
  await db.migrate.rollback(
    { migrationSource: new ListMigrationSource(migrations), tableName },
    true,
  );
}
