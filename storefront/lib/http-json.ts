import {
  Agent as HttpAgent,
  request as httpRequest,
  type ClientRequest,
  type IncomingMessage,
} from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { previewTokenHeader } from '@mpb/contracts';

/** A read that may legitimately find nothing (unknown store, unpublished store, unknown handle). */
export type Lookup<T> = { found: true; value: T } | { found: false };

/** What a zod schema offers; kept structural so this module needs no zod import of its own. */
export interface Parser<T> {
  safeParse(
    input: unknown,
  ): { success: true; data: T } | { success: false; error: { message: string } };
}

export type CellApiErrorCode =
  /** The request could not be sent or the connection failed: the cell API is down or CELL_API_URL points nowhere. */
  | 'UNREACHABLE'
  /** No complete answer within the timeout; a slow cell must not hold pages open. */
  | 'TIMEOUT'
  /** An answer the caller did not expect, such as a 5xx or a 400 for a request we built. */
  | 'UPSTREAM_ERROR'
  /** A body that is not JSON, is too large, or does not match the contract. */
  | 'BAD_RESPONSE';

/** Every failure to talk to the cell API other than an expected answer; pages let it reach error.tsx. */
export class CellApiError extends Error {
  override readonly name = 'CellApiError';
  /** The HTTP status when the API answered at all. */
  readonly status: number | undefined;

  constructor(
    readonly code: CellApiErrorCode,
    message: string,
    options?: ErrorOptions & { status?: number },
  ) {
    super(message, options);
    this.status = options?.status;
  }
}

export interface SendOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as the Host header, which global fetch does not allow setting. */
  host: string;
  correlationId?: string | undefined;
  /** The shopper's address as the router saw it, so per-IP limits count the shopper, not us. */
  forwardedFor?: string | undefined;
  /** `Bearer <token>` for the shopper's own account and orders. */
  authorization?: string | undefined;
  /** A storefront preview token, sent as X-Storefront-Preview (the cell API checks it). */
  previewToken?: string | undefined;
  /** Sent as JSON. */
  body?: unknown;
  timeoutMs: number;
}

export interface GetJsonOptions extends SendOptions {
  /** Tells a genuine "not found" 404 body from one some proxy made up. */
  isNotFound: (body: unknown) => boolean;
}

/** An answer with its status; `json` is undefined for an empty body (204). */
export interface JsonReply {
  status: number;
  json: unknown;
}

// Product pages carry up to 100 descriptions of up to 20,000 characters; anything far beyond
// that is not a response we should buffer.
const maxBodyBytes = 4 * 1024 * 1024;

// Pages make several calls per visit to the same cell, so keep connections open between them.
const httpAgent = new HttpAgent({ keepAlive: true, maxSockets: 128 });
const httpsAgent = new HttpsAgent({ keepAlive: true, maxSockets: 128 });

/**
 * GETs a JSON document from the cell API as the store named by `host`: a 200 is validated with
 * `parser`, the API's own 404 becomes `{ found: false }`, and anything else throws CellApiError.
 */
export async function getJson<T>(
  url: URL,
  parser: Parser<T>,
  options: GetJsonOptions,
): Promise<Lookup<T>> {
  const where = `GET ${url.pathname}`;
  const { status, json } = await sendJson(url, { ...options, method: 'GET' });
  if (status === 404) {
    if (options.isNotFound(json)) return { found: false };
    throw new CellApiError('UPSTREAM_ERROR', `${where} answered 404 without a NOT_FOUND body`, {
      status,
    });
  }
  if (status !== 200) {
    throw new CellApiError('UPSTREAM_ERROR', `${where} answered ${status}`, { status });
  }
  return { found: true, value: parseWith(parser, json, where) };
}

/** Validates a body against the contract, or throws BAD_RESPONSE naming the route. */
export function parseWith<T>(parser: Parser<T>, json: unknown, where: string): T {
  const parsed = parser.safeParse(json);
  if (!parsed.success) {
    throw new CellApiError('BAD_RESPONSE', `${where} broke its contract: ${parsed.error.message}`);
  }
  return parsed.data;
}

/**
 * Sends one request and reads the whole JSON answer, whatever its status. Throws CellApiError
 * only when there is no usable answer: unreachable, too slow, too large, or not JSON (an error
 * status without JSON is UPSTREAM_ERROR, a success without JSON is BAD_RESPONSE).
 */
export async function sendJson(url: URL, options: SendOptions): Promise<JsonReply> {
  const method = options.method ?? 'GET';
  const where = `${method} ${url.pathname}`;
  const { status, body } = await send(url, options);
  if (body.length === 0) return { status, json: undefined };
  try {
    return { status, json: JSON.parse(body) };
  } catch (error) {
    if (status >= 300) {
      throw new CellApiError('UPSTREAM_ERROR', `${where} answered ${status} without JSON`, {
        status,
      });
    }
    throw new CellApiError('BAD_RESPONSE', `${where} answered invalid JSON`, {
      cause: error,
      status,
    });
  }
}

function send(url: URL, options: SendOptions): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const method = options.method ?? 'GET';
    const headers: Record<string, string> = { host: options.host, accept: 'application/json' };
    if (options.correlationId) headers['x-correlation-id'] = options.correlationId;
    if (options.forwardedFor) headers['x-forwarded-for'] = options.forwardedFor;
    if (options.authorization) headers.authorization = options.authorization;
    if (options.previewToken) headers[previewTokenHeader] = options.previewToken;
    const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
    if (payload !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = String(Buffer.byteLength(payload));
    }
    const isHttps = url.protocol === 'https:';
    const where = `${method} ${url.pathname}`;

    let request: ClientRequest | undefined;
    let settled = false;
    const finish = (outcome: { error: CellApiError } | { status: number; body: string }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if ('error' in outcome) {
        request?.destroy();
        reject(outcome.error);
      } else {
        resolve(outcome);
      }
    };
    // One deadline for the whole exchange, body included: a socket idle timeout alone would let
    // a trickling response hold a page open indefinitely.
    const timer = setTimeout(() => {
      finish({ error: new CellApiError('TIMEOUT', `${where} took over ${options.timeoutMs} ms`) });
    }, options.timeoutMs);

    const onResponse = (response: IncomingMessage) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= maxBodyBytes) chunks.push(chunk);
        else
          finish({
            error: new CellApiError('BAD_RESPONSE', `${where} sent over ${maxBodyBytes} bytes`),
          });
      });
      response.on('error', (error) => finish({ error: unreachable(where, error) }));
      response.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        finish({ status: response.statusCode ?? 0, body });
      });
    };

    try {
      const agent = isHttps ? httpsAgent : httpAgent;
      request = (isHttps ? httpsRequest : httpRequest)(url, { method, headers, agent }, onResponse);
    } catch (error) {
      // Node refuses to send malformed header values (a forged Host, say) before any I/O.
      finish({
        error: unreachable(where, error instanceof Error ? error : new Error(String(error))),
      });
      return;
    }
    request.on('error', (error) => finish({ error: unreachable(where, error) }));
    request.end(payload);
  });
}

function unreachable(where: string, cause: Error): CellApiError {
  return new CellApiError('UNREACHABLE', `${where} failed: ${cause.message}`, { cause });
}
