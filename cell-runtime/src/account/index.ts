export { accountRouter, type AccountRouterDeps } from './routes';
export { defaultLoginLinkLimits, type LoginLinkLimits } from './login-link-limits';
