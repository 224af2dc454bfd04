import type { ServerResponse } from 'node:http';

const page = (title: string, message: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title}</title><meta name="robots" content="noindex">
<style>body{font-family:system-ui,sans-serif;display:grid;place-items:center;min-height:100vh;margin:0;color:#1f2937;background:#f9fafb}main{text-align:center;padding:2rem}h1{font-size:1.5rem}</style>
</head><body><main><h1>${title}</h1><p>${message}</p></main></body></html>`;

const notFoundHtml = page('Store not found', 'There is no store at this address.');
const unavailableHtml = page(
  'Temporarily unavailable',
  'This store cannot be reached right now. Please try again in a moment.',
);

const suspendedHtml = page(
  'Store unavailable',
  'This store is not available at the moment. Please come back later.',
);

function wantsJson(path: string, accept: string | undefined): boolean {
  return path.startsWith('/api/') || (accept ?? '').includes('application/json');
}

/** An unknown host: a plain 404, never another store. */
export function sendNotFound(
  res: ServerResponse,
  path: string,
  accept: string | undefined,
  correlationId: string,
): void {
  send(res, 404, path, accept, correlationId, 'NOT_FOUND', 'Store not found', notFoundHtml);
}

export function sendUnavailable(
  res: ServerResponse,
  status: 502 | 503 | 504,
  path: string,
  accept: string | undefined,
  correlationId: string,
): void {
  send(
    res,
    status,
    path,
    accept,
    correlationId,
    'UNAVAILABLE',
    'The upstream service is unavailable',
    unavailableHtml,
  );
}

/** A store suspended by the platform: 503, never another store and never its content. */
export function sendSuspended(
  res: ServerResponse,
  path: string,
  accept: string | undefined,
  correlationId: string,
): void {
  send(
    res,
    503,
    path,
    accept,
    correlationId,
    'UNAVAILABLE',
    'This store is unavailable',
    suspendedHtml,
  );
}

function send(
  res: ServerResponse,
  status: number,
  path: string,
  accept: string | undefined,
  correlationId: string,
  code: string,
  message: string,
  html: string,
): void {
  const json = wantsJson(path, accept);
  const body = json ? JSON.stringify({ error: { code, message, correlationId } }) : html;
  res.writeHead(status, {
    'content-type': json ? 'application/json' : 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    'x-correlation-id': correlationId,
  });
  res.end(body);
}
