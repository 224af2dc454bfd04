// The workflow bundle's entry: every workflow the worker can run.
export { provisionTenant, progressQuery } from './provision-tenant';
