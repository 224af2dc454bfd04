/**
 * What other parts of the platform may use of the control plane in-process: the provisioning
 * steps the workflow worker runs, the cell client, and the schema's migrations.
 */
export * as provisioning from './provisioning/steps';
export { ProvisioningError } from './provisioning/steps';
export { countEffects } from './provisioning/run-once';
export { controlPlaneMigrations } from './db/migrations';
export { CellClient, CellRejectedError, CellUnavailableError } from './cells/cell-client';
export { upsertCell } from './cells/repository';
export { PublicUrls } from './public-urls';
export { createControlPlaneApp, type ControlPlaneDeps } from './app';
export { loadControlPlaneConfig, type ControlPlaneConfig } from './config';
export { createSuperAdmin } from './accounts/create-super-admin';
export { syncRoutingTable } from './routing/routes';
export type { ProvisioningStarter } from './tenants/provisioning-starter';
export { createTenant } from './tenants/create-tenant';
export { temporalProvisioningStarter } from './tenants/provisioning-starter';
export { controlPlaneOpenApi } from './openapi';
