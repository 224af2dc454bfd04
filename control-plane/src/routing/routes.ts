import type { Route } from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import type { RouteStore } from '@mpb/routing';
import { listCells } from '../cells/repository';

/** The route serving a host, from the database (the source of truth), or undefined. */
export async function findActiveRoute(db: Knex, host: string): Promise<Route | undefined> {
  const row = await db('domains')
    .join('tenants', 'tenants.id', 'domains.tenant_id')
    .where({ 'domains.hostname': host, 'domains.status': 'active' })
    .whereNotNull('tenants.cell_id')
    .first<{ tenant_id: string; cell_id: string; status: string } | undefined>(
      'domains.tenant_id',
      'tenants.cell_id',
      'tenants.status',
    );
  return row ? toRoute(host, row) : undefined;
}

/** A suspended store keeps its route, flagged: the router shows an unavailable page for it. */
function toRoute(host: string, row: { tenant_id: string; cell_id: string; status: string }): Route {
  return {
    host,
    tenantId: row.tenant_id,
    cellId: row.cell_id,
    ...(row.status === 'suspended' ? { suspended: true } : {}),
  };
}

/**
 * Rebuilds the Redis routing table from the database. Redis keeps nothing on disk, so the
 * control plane runs this at start-up; it is also safe to run at any time.
 */
export async function syncRoutingTable(
  db: Knex,
  store: RouteStore,
): Promise<{ routes: number; cells: number }> {
  const cells = await listCells(db);
  for (const cell of cells) {
    await store.putCell({
      id: cell.id,
      apiUrl: cell.api_url,
      storefrontUrl: cell.storefront_url,
      status: cell.status,
    });
  }
  let count = 0;
  let lastHost = '';
  for (;;) {
    const rows = await db('domains')
      .join('tenants', 'tenants.id', 'domains.tenant_id')
      .where('domains.status', 'active')
      .whereNotNull('tenants.cell_id')
      .where('domains.hostname', '>', lastHost)
      .orderBy('domains.hostname')
      .limit(2000)
      .select<{ hostname: string; tenant_id: string; cell_id: string; status: string }[]>(
        'domains.hostname',
        'domains.tenant_id',
        'tenants.cell_id',
        'tenants.status',
      );
    if (rows.length === 0) break;
    await store.replaceRoutes(rows.map((row) => toRoute(row.hostname, row)));
    count += rows.length;
    lastHost = rows[rows.length - 1]?.hostname ?? lastHost;
  }
  return { routes: count, cells: cells.length };
}
