import type { Redis } from 'ioredis';
import { cellEndpointSchema, routeSchema, type CellEndpoint, type Route } from '@mpb/contracts';

/** A change announced on the routing channel; subscribers drop or reload that entry. */
export type RoutingChange =
  { kind: 'route'; host: string } | { kind: 'cell'; cellId: string } | { kind: 'all' };

/**
 * The shared routing table in Redis: host to tenant and cell, and cell to endpoints.
 * The control plane (through the provisioning workflow) writes it; the global router reads it
 * and listens on the channel for changes. Redis keeps nothing on disk, so the control plane's
 * database stays the source of truth and the table can be rebuilt from it at any time.
 */
export class RouteStore {
  readonly routesKey: string;
  readonly cellsKey: string;
  readonly channel: string;

  constructor(
    private readonly redis: Redis,
    prefix = 'mpb:',
  ) {
    this.routesKey = `${prefix}routes`;
    this.cellsKey = `${prefix}cells`;
    this.channel = `${prefix}routing:changes`;
  }

  async putRoute(route: Route): Promise<void> {
    await this.redis.hset(this.routesKey, route.host, JSON.stringify(route));
    await this.announce({ kind: 'route', host: route.host });
  }

  async deleteRoute(host: string): Promise<void> {
    await this.redis.hdel(this.routesKey, host);
    await this.announce({ kind: 'route', host });
  }

  async getRoute(host: string): Promise<Route | undefined> {
    const value = await this.redis.hget(this.routesKey, host);
    return value ? parseRoute(value) : undefined;
  }

  /** Every route, streamed in batches with HSCAN so a 20,000-entry table never blocks Redis. */
  async *scanRoutes(batchSize = 1000): AsyncGenerator<Route[]> {
    let cursor = '0';
    do {
      const [next, flat] = await this.redis.hscan(this.routesKey, cursor, 'COUNT', batchSize);
      cursor = next;
      const batch: Route[] = [];
      for (let index = 1; index < flat.length; index += 2) {
        const route = parseRoute(flat[index] ?? '');
        if (route) batch.push(route);
      }
      if (batch.length > 0) yield batch;
    } while (cursor !== '0');
  }

  /** Writes many routes in one round trip, then announces a full reload. */
  async replaceRoutes(routes: Route[]): Promise<void> {
    const pipeline = this.redis.pipeline();
    for (const route of routes) pipeline.hset(this.routesKey, route.host, JSON.stringify(route));
    await pipeline.exec();
    await this.announce({ kind: 'all' });
  }

  async putCell(cell: CellEndpoint): Promise<void> {
    await this.redis.hset(this.cellsKey, cell.id, JSON.stringify(cell));
    await this.announce({ kind: 'cell', cellId: cell.id });
  }

  async getCells(): Promise<CellEndpoint[]> {
    const all = await this.redis.hgetall(this.cellsKey);
    return Object.values(all).flatMap((value) => {
      const parsed = cellEndpointSchema.safeParse(safeJson(value));
      return parsed.success ? [parsed.data] : [];
    });
  }

  async announce(change: RoutingChange): Promise<void> {
    await this.redis.publish(this.channel, JSON.stringify(change));
  }

  /** Subscribes a dedicated connection (a subscribed Redis connection can do nothing else). */
  async subscribe(subscriber: Redis, onChange: (change: RoutingChange) => void): Promise<void> {
    subscriber.on('message', (channel: string, message: string) => {
      if (channel !== this.channel) return;
      const change = safeJson(message) as RoutingChange | undefined;
      if (change && typeof change === 'object' && 'kind' in change) onChange(change);
    });
    await subscriber.subscribe(this.channel);
  }
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

function parseRoute(value: string): Route | undefined {
  const parsed = routeSchema.safeParse(safeJson(value));
  return parsed.success ? parsed.data : undefined;
}

/** Lower-cases a Host header and drops its port and any trailing dot. */
export function normaliseHost(host: string | undefined): string | undefined {
  if (!host) return undefined;
  let value = host.trim().toLowerCase();
  if (value.startsWith('[')) return undefined; // IPv6 literals never name a store
  const colon = value.lastIndexOf(':');
  if (colon !== -1) value = value.slice(0, colon);
  if (value.endsWith('.')) value = value.slice(0, -1);
  return value.length > 0 && value.length <= 253 ? value : undefined;
}
