/**
 * Applies the control plane's pending migrations. Run as the schema owner, before a deploy:
 *
 *   DATABASE_URL=postgres://owner@host/db npm run migrate:control-plane
 *
 * The application itself never migrates: it runs as a role without DDL rights.
 */
import { runMigrateCommand } from '@mpb/db';
import { controlPlaneMigrations } from '../db/migrations';

runMigrateCommand('control-plane', controlPlaneMigrations).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
