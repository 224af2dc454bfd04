import type { CellEndpoint, Route } from '@mpb/contracts';
import type { RouteStore, RoutingChange } from '@mpb/routing';

/** Where the table looks when Redis has no entry: the control plane, the source of truth. */
export interface RouteSource {
  resolve(host: string): Promise<Route | undefined>;
  listCells(): Promise<CellEndpoint[]>;
}

interface Entry {
  route: Route | undefined;
  expiresAt: number;
}

export interface RouteTableOptions {
  ttlMs: number;
  negativeTtlMs: number;
  maxEntries?: number;
  /** Reports a failed Redis read; the table carries on with the control plane. */
  onError?: (error: unknown, context: string) => void;
}

/** How long an expired entry keeps being served while neither Redis nor the control plane answers. */
const STALE_GRACE_MS = 30_000;

/**
 * Host to route, in memory first, then Redis, then the control plane. Change notices on the
 * routing channel drop entries at once, so a newly published store is reachable within a
 * second; TTLs bound staleness if a notice is ever missed. Concurrent misses for one host share
 * a single lookup.
 */
export class RouteTable {
  private readonly entries = new Map<string, Entry>();
  private readonly inFlight = new Map<string, Promise<Route | undefined>>();
  private cells = new Map<string, CellEndpoint>();
  private generation = 0;

  constructor(
    private readonly store: RouteStore,
    private readonly source: RouteSource,
    private readonly options: RouteTableOptions,
  ) {}

  /** Loads every route and cell, so a fresh router does not send a burst of misses upstream. */
  async warm(): Promise<number> {
    await this.refreshCells();
    let count = 0;
    for await (const batch of this.store.scanRoutes()) {
      for (const route of batch) this.remember(route.host, route);
      count += batch.length;
    }
    return count;
  }

  get size(): number {
    return this.entries.size;
  }

  async lookup(host: string): Promise<Route | undefined> {
    const entry = this.entries.get(host);
    if (entry && entry.expiresAt > Date.now()) return entry.route;
    const pending = this.inFlight.get(host);
    if (pending) return pending;
    const generation = this.generation;
    const lookup = this.fetch(host)
      .then(
        (route) => {
          // A change notice that arrived during the lookup wins over what we read before it.
          if (generation === this.generation) this.remember(host, route);
          return route;
        },
        (error: unknown) => {
          // Stale-if-error: a store that was reachable stays reachable through an outage.
          if (!entry) throw error;
          entry.expiresAt = Date.now() + STALE_GRACE_MS;
          this.options.onError?.(error, `serving a stale route for ${host}`);
          return entry.route;
        },
      )
      .finally(() => this.inFlight.delete(host));
    this.inFlight.set(host, lookup);
    return lookup;
  }

  /** A cell's endpoints; refreshes the list once when the cell is unknown. */
  async cell(cellId: string): Promise<CellEndpoint | undefined> {
    const known = this.cells.get(cellId);
    if (known) return known;
    await this.refreshCells();
    return this.cells.get(cellId);
  }

  applyChange(change: RoutingChange): void {
    this.generation++;
    if (change.kind === 'route') this.entries.delete(change.host);
    else if (change.kind === 'cell') this.cells.delete(change.cellId);
    else this.entries.clear();
  }

  /** After a lost subscription nothing can be trusted: start over. */
  invalidateAll(): void {
    this.generation++;
    this.entries.clear();
    this.cells.clear();
  }

  /** Redis first; the control plane when Redis does not know the host or cannot be read. */
  private async fetch(host: string): Promise<Route | undefined> {
    try {
      const cached = await this.store.getRoute(host);
      if (cached) return cached;
    } catch (error) {
      this.options.onError?.(error, 'reading a route from Redis');
    }
    return this.source.resolve(host);
  }

  private remember(host: string, route: Route | undefined): void {
    if (this.entries.size >= (this.options.maxEntries ?? 200_000)) this.entries.clear();
    const ttl = route ? this.options.ttlMs : this.options.negativeTtlMs;
    this.entries.set(host, { route, expiresAt: Date.now() + ttl });
  }

  private async refreshCells(): Promise<void> {
    let cells: CellEndpoint[] = [];
    try {
      cells = await this.store.getCells();
    } catch (error) {
      this.options.onError?.(error, 'reading cells from Redis');
    }
    if (cells.length === 0) cells = await this.source.listCells();
    this.cells = new Map(cells.map((cell) => [cell.id, cell]));
  }
}
