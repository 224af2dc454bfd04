import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { HttpMetrics, Logger } from '@mpb/observability';
import { observeRequest, redactPath } from '@mpb/observability';
import { normaliseHost } from '@mpb/routing';
import { forward, type Upstreams } from './forward';
import { sendNotFound, sendSuspended, sendUnavailable } from './pages';
import type { RouteTable } from './route-table';

export interface RouterDeps {
  routes: RouteTable;
  upstreams: Upstreams;
  platformHosts: string[];
  controlPlaneUrl: string;
  adminUrl: string;
  publicProto: string;
  logger: Logger;
  metrics: HttpMetrics;
  accessLog: boolean;
}

type Target = {
  kind: 'control-plane' | 'admin' | 'cell-api' | 'storefront' | 'suspended';
  origin: string;
  tenantId?: string;
  cellId?: string;
};

const correlationIdPattern = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The platform's single public entry. Platform hosts reach the control plane (/api, /.well-known)
 * and the admin app (everything else); any other host is a store, resolved Host to tenant to
 * cell and sent to that cell's API (/api) or storefront. Internal routes are never reachable.
 */
export function createRouterServer(deps: RouterDeps): http.Server {
  const platformHosts = new Set(deps.platformHosts);

  async function target(host: string, path: string): Promise<Target | undefined> {
    const isApi = path.startsWith('/api/');
    if (platformHosts.has(host)) {
      return isApi || path.startsWith('/.well-known/')
        ? { kind: 'control-plane', origin: deps.controlPlaneUrl }
        : { kind: 'admin', origin: deps.adminUrl };
    }
    const route = await deps.routes.lookup(host);
    if (!route) return undefined;
    if (route.suspended) {
      return { kind: 'suspended', origin: '', tenantId: route.tenantId, cellId: route.cellId };
    }
    const cell = await deps.routes.cell(route.cellId);
    if (!cell) throw new Error(`cell ${route.cellId} of ${host} has no endpoints`);
    return {
      kind: isApi ? 'cell-api' : 'storefront',
      origin: isApi ? cell.apiUrl : cell.storefrontUrl,
      tenantId: route.tenantId,
      cellId: cell.id,
    };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const startedAt = process.hrtime.bigint();
    const header = req.headers['x-correlation-id'];
    const correlationId =
      typeof header === 'string' && correlationIdPattern.test(header) ? header : randomUUID();
    const path = req.url ?? '/';
    const host = normaliseHost(req.headers.host);
    // Metric label of where the request went: an upstream kind, `not-found`, or `route-error`
    // when the route could not be looked up (kept apart so unknown-host scans stay visible).
    let kind = 'route-error';
    let status = 0;
    let cellId: string | undefined;
    let tenantId: string | undefined;
    try {
      const found = host && !path.startsWith('/internal') ? await target(host, path) : undefined;
      if (!found) {
        kind = 'not-found';
        sendNotFound(res, path, req.headers.accept, correlationId);
        status = 404;
        return;
      }
      ({ kind, cellId, tenantId } = found);
      if (found.kind === 'suspended') {
        sendSuspended(res, path, req.headers.accept, correlationId);
        status = 503;
        return;
      }
      status = await forward(deps.upstreams, found.origin, req, res, {
        correlationId,
        clientIp: req.socket.remoteAddress ?? '',
        proto: deps.publicProto,
        host: req.headers.host ?? '',
        extra: found.cellId ? { 'x-mpb-cell-id': found.cellId } : undefined,
      });
    } catch (error) {
      if (isClientAbort(error) || req.socket.destroyed) {
        // The client left first: nginx's 499, so upstream failure metrics stay honest.
        status = 499;
        res.destroy();
        return;
      }
      status = res.headersSent ? status : isTimeout(error) ? 504 : 502;
      if (!res.headersSent)
        sendUnavailable(res, status as 502 | 504, path, req.headers.accept, correlationId);
      else res.destroy();
      deps.logger.warn(
        { err: error, correlation_id: correlationId, host, upstream: kind },
        'proxy error',
      );
    } finally {
      const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
      observeRequest(deps.metrics, { method: req.method ?? 'GET', route: kind, status }, seconds);
      if (deps.accessLog) {
        deps.logger.info(
          {
            correlation_id: correlationId,
            tenant_id: tenantId,
            cell_id: cellId,
            host,
            method: req.method,
            path: redactPath(path),
            upstream: kind,
            status,
            duration_ms: Math.round(seconds * 1e6) / 1e3,
          },
          'request',
        );
      }
    }
  }

  const server = http.createServer(
    { keepAliveTimeout: 65_000, requestTimeout: 60_000 },
    (req, res) => {
      void handle(req, res);
    },
  );
  return server;
}

function isTimeout(error: unknown): boolean {
  const code = (error as { code?: string })?.code ?? '';
  return (
    code === 'UND_ERR_HEADERS_TIMEOUT' ||
    code === 'UND_ERR_BODY_TIMEOUT' ||
    code === 'UND_ERR_CONNECT_TIMEOUT'
  );
}

function isClientAbort(error: unknown): boolean {
  const name = (error as { name?: string; code?: string })?.name;
  return name === 'AbortError' || (error as { code?: string })?.code === 'UND_ERR_ABORTED';
}
