import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { Pool } from 'undici';

const hopByHop = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'trailers',
  'transfer-encoding',
  'upgrade',
]);

/** Copies headers minus hop-by-hop ones (including those the Connection header names). */
function endToEnd(
  headers: IncomingHttpHeaders,
  drop: (name: string) => boolean = () => false,
): Record<string, string | string[]> {
  const named = new Set(
    String(headers.connection ?? '')
      .split(',')
      .map((token) => token.trim().toLowerCase())
      .filter(Boolean),
  );
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || hopByHop.has(name) || named.has(name) || drop(name)) continue;
    out[name] = value;
  }
  return out;
}

// The router alone says what X-Forwarded-* and our own internal headers hold.
const isSpoofable = (name: string) =>
  name.startsWith('x-forwarded-') || name === 'forwarded' || name.startsWith('x-mpb-');

export interface ForwardContext {
  correlationId: string;
  clientIp: string;
  proto: string;
  host: string;
  /** Extra headers for the upstream, such as the resolved tenant and cell. */
  extra?: Record<string, string>;
}

/** One keep-alive connection pool per upstream origin. */
export class Upstreams {
  private readonly pools = new Map<string, Pool>();

  constructor(
    private readonly connections: number,
    private readonly timeoutMs: number,
  ) {}

  pool(origin: string): Pool {
    let pool = this.pools.get(origin);
    if (!pool) {
      pool = new Pool(origin, {
        connections: this.connections,
        keepAliveTimeout: 30_000,
        headersTimeout: this.timeoutMs,
        bodyTimeout: this.timeoutMs,
      });
      this.pools.set(origin, pool);
    }
    return pool;
  }

  async close(): Promise<void> {
    await Promise.all([...this.pools.values()].map((pool) => pool.close()));
    this.pools.clear();
  }
}

/**
 * Streams a request to an upstream and its response back, both ways without buffering.
 * Resolves with the upstream status, or rejects when the upstream cannot be reached (the
 * caller answers 502/504 if nothing was sent yet).
 */
export async function forward(
  upstreams: Upstreams,
  origin: string,
  req: IncomingMessage,
  res: ServerResponse,
  context: ForwardContext,
): Promise<number> {
  const headers = endToEnd(req.headers, isSpoofable);
  headers.host = context.host;
  headers['x-forwarded-for'] = context.clientIp;
  headers['x-forwarded-proto'] = context.proto;
  headers['x-forwarded-host'] = context.host;
  headers['x-correlation-id'] = context.correlationId;
  Object.assign(headers, context.extra);

  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  const abort = new AbortController();
  const onClose = () => {
    if (!res.writableFinished) abort.abort();
  };
  res.once('close', onClose);

  let status = 0;
  try {
    await upstreams.pool(origin).stream(
      {
        path: req.url ?? '/',
        method: req.method as 'GET',
        headers,
        body: hasBody ? req : null,
        signal: abort.signal,
      },
      ({ statusCode, headers: upstreamHeaders }) => {
        status = statusCode;
        const responseHeaders = endToEnd(upstreamHeaders);
        responseHeaders['x-correlation-id'] ??= context.correlationId;
        res.writeHead(statusCode, responseHeaders);
        return res;
      },
    );
  } finally {
    res.off('close', onClose);
  }
  return status;
}
