export { cellMigrations } from './db/migrations';
export { createCellApp, type CellDeps } from './app';
export { assertRestrictedRole } from './db/role-check';
export { cellOpenApi } from './openapi';
export { loadCellConfig, type CellConfig } from './config';
