import { cellEndpointSchema, routeSchema, type CellEndpoint, type Route } from '@mpb/contracts';
import { z } from 'zod';
import type { RouteSource } from './route-table';

/** The control plane's internal routing API, used on cache misses only. */
export function controlPlaneSource(
  baseUrl: string,
  internalToken: string,
  timeoutMs = 3_000,
): RouteSource {
  const get = async (path: string): Promise<Response> =>
    fetch(new URL(path, baseUrl), {
      headers: { authorization: `Bearer ${internalToken}` },
      signal: AbortSignal.timeout(timeoutMs),
    });
  return {
    async resolve(host: string): Promise<Route | undefined> {
      const response = await get(`/internal/v1/routes/${encodeURIComponent(host)}`);
      if (response.status === 404) return undefined;
      if (!response.ok)
        throw new Error(`control plane answered ${response.status} resolving ${host}`);
      return routeSchema.parse(await response.json());
    },
    async listCells(): Promise<CellEndpoint[]> {
      const response = await get('/internal/v1/cells');
      if (!response.ok) throw new Error(`control plane answered ${response.status} listing cells`);
      return z.object({ items: z.array(cellEndpointSchema) }).parse(await response.json()).items;
    },
  };
}
