/** Ports the cell's processes listen on; they match the defaults in cell-runtime and storefront. */
export const cellPorts = {
  /** cell-runtime HTTP API (`PORT`). */
  api: 4100,
  /** cell-runtime ops server: `/readyz`, `/metrics` (`OPS_PORT`). */
  apiOps: 9500,
  storefront: 3000,
  postgres: 5432,
  redis: 6379,
  /** The internal load balancer's listener; TLS inside the VPC is still to come (see README). */
  listener: 80,
} as const;
