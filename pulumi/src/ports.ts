/** Ports the cell's processes listen on; they match the defaults in cell-runtime and storefront. */
export const cellPorts = {
  /** cell-runtime HTTP API (`PORT`). */
  api: 4100,
  /** cell-runtime ops server: `/readyz`, `/metrics` (`OPS_PORT`). */
  apiOps: 9500,
  /** The cell worker's only port, its ops server (`OPS_PORT` in cell-runtime/src/worker/config.ts). */
  workerOps: 9550,
  storefront: 3000,
  postgres: 5432,
  redis: 6379,
  /** The internal load balancer's listener; TLS inside the VPC is still to come (see README). */
  listener: 80,
  /**
   * A second listener on the same load balancer that sends every path to the storefront, for the
   * cell worker's `POST /internal/revalidate`: on the main listener `/internal/*` is the API's.
   * Only the worker's security group may reach it.
   */
  storefrontListener: 8080,
} as const;
