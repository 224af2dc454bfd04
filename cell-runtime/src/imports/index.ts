export { importsRouter, type ImportsRouterDeps } from './routes';
export { defaultImportLimits, importLimitsFrom, type ImportLimits } from './limits';
