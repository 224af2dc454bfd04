/**
 * Applies a cell's pending migrations. Run as the cell schema owner, once per cell database,
 * before its API is rolled out (the cell lifecycle runs it for every cell in turn):
 *
 *   DATABASE_URL=postgres://owner@cell-host/db npm run migrate:cell
 *
 * The cell API runs as a restricted role and refuses to start as the owner.
 */
import { runMigrateCommand } from '@mpb/db';
import { cellMigrations } from '../db/migrations';

runMigrateCommand('cell', cellMigrations).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
