import { Router } from 'express';
import { controlPlaneInternalRoutes } from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import { AppError, bindRoute } from '@mpb/http';
import { normaliseHost, type RouteStore } from '@mpb/routing';
import { listCells, toCellView, upsertCell } from '../cells/repository';
import { findActiveRoute } from './routes';

/** Service-to-service routes; the caller mounts them behind the internal-token guard. */
export function internalRoutesRouter(deps: { db: Knex; routeStore: RouteStore }): Router {
  const router = Router();

  bindRoute(router, controlPlaneInternalRoutes.resolveRoute, [], async ({ params }) => {
    const host = normaliseHost(params.host);
    const route = host ? await findActiveRoute(deps.db, host) : undefined;
    if (!route) throw AppError.notFound('Route');
    // Write-through: the next router asking finds it in Redis.
    await deps.routeStore.putRoute(route);
    return { status: 200, body: route };
  });

  bindRoute(router, controlPlaneInternalRoutes.listCellEndpoints, [], async () => ({
    status: 200,
    body: {
      items: (await listCells(deps.db)).map((cell) => ({
        id: cell.id,
        apiUrl: cell.api_url,
        storefrontUrl: cell.storefront_url,
        status: cell.status,
      })),
    },
  }));

  bindRoute(router, controlPlaneInternalRoutes.registerCell, [], async ({ params, body }) => {
    const row = await upsertCell(deps.db, {
      id: params.id,
      kind: body.kind,
      region: body.region,
      status: body.status,
      capacity: body.capacity,
      api_url: body.apiUrl,
      storefront_url: body.storefrontUrl,
    });
    await deps.routeStore.putCell({
      id: row.id,
      apiUrl: row.api_url,
      storefrontUrl: row.storefront_url,
      status: row.status,
    });
    return { status: 200, body: toCellView(row) };
  });

  return router;
}
