export { createRouterServer, type RouterDeps } from './server';
export { RouteTable, type RouteSource } from './route-table';
export { Upstreams } from './forward';
export { controlPlaneSource } from './control-plane-source';
