import { createHash } from 'node:crypto';
import { cellMigrations } from '@mpb/cell-runtime';
import { controlPlaneMigrations } from '@mpb/control-plane';
import {
  bootstrapDatabase,
  createDatabase,
  databaseUrl,
  dropDatabase,
  migrateToLatest,
  type Knex,
} from '@mpb/db';
import { testEnv, uniqueId } from './env';

export interface TestDatabase {
  name: string;
  ownerUrl: string;
  appUrl: string;
  /** Connected as the restricted application role. */
  app: Knex;
  /** Connected as the schema owner (migrations, and rows a test needs across tenants). */
  owner: Knex;
  drop(): Promise<void>;
}

export const testRoles = {
  owner: 'mpbt_owner',
  controlApp: 'mpbt_control_app',
  cellApp: 'mpbt_cell_app',
};

/** Same for every worker of a run, so parallel bootstraps agree on it. */
function rolePassword(adminUrl: string): string {
  return createHash('sha256').update(`mpbt:${adminUrl}`).digest('base64url').slice(0, 24);
}

/**
 * A fresh, migrated database for one test file: the control plane's or a cell's schema, with
 * the same roles and privileges as production (owner for migrations, restricted app role).
 */
export async function createTestDatabase(kind: 'control' | 'cell'): Promise<TestDatabase> {
  const { pgAdminUrl } = testEnv();
  const name = `mpbt_${kind}_${uniqueId()}`;
  const appRole = kind === 'control' ? testRoles.controlApp : testRoles.cellApp;
  const password = rolePassword(pgAdminUrl);
  await bootstrapDatabase({
    adminUrl: pgAdminUrl,
    database: name,
    ownerRole: testRoles.owner,
    appRoles: [appRole],
    passwords: { [testRoles.owner]: password, [appRole]: password },
  });
  const ownerUrl = databaseUrl(pgAdminUrl, { user: testRoles.owner, password, database: name });
  const appUrl = databaseUrl(pgAdminUrl, { user: appRole, password, database: name });
  const owner = createDatabase({
    connectionString: ownerUrl,
    applicationName: 'test-owner',
    poolMax: 2,
  });
  await migrateToLatest(owner, kind === 'control' ? controlPlaneMigrations : cellMigrations);
  const app = createDatabase({
    connectionString: appUrl,
    applicationName: 'test-app',
    poolMax: 10,
  });
  return {
    name,
    ownerUrl,
    appUrl,
    app,
    owner,
    drop: async () => {
      await Promise.all([app.destroy(), owner.destroy()]);
      await dropDatabase(pgAdminUrl, name);
    },
  };
}
