import {
  Agent as HttpAgent,
  request as httpRequest,
  type ClientRequest,
  type IncomingMessage,
} from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

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
  /** An answer other than 200 or the API's own 404, such as a 5xx. */
  | 'UPSTREAM_ERROR'
  /** A 200 whose body is not JSON, is too large, or does not match the contract. */
  | 'BAD_RESPONSE';

/** Every failure to read the cell API other than "not found"; pages let it reach error.tsx. */
export class CellApiError extends Error {
  override readonly name = 'CellApiError';

  constructor(
    readonly code: CellApiErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export interface GetJsonOptions {
  /** Sent as the Host header, which global fetch does not allow setting. */
  host: string;
  correlationId?: string | undefined;
  timeoutMs: number;
  /** Tells a genuine "not found" 404 body from one some proxy made up. */
  isNotFound: (body: unknown) => boolean;
}

// Product pages carry up to 24 descriptions of up to 20,000 characters; anything far beyond that
// is not a response we should buffer.
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
  const { status, body } = await send(url, options);
  const where = `GET ${url.pathname}`;
  if (status !== 200 && status !== 404) {
    throw new CellApiError('UPSTREAM_ERROR', `${where} answered ${status}`);
  }

  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    if (status === 404)
      throw new CellApiError('UPSTREAM_ERROR', `${where} answered 404 without JSON`);
    throw new CellApiError('BAD_RESPONSE', `${where} answered invalid JSON`, { cause: error });
  }

  if (status === 404) {
    if (options.isNotFound(json)) return { found: false };
    throw new CellApiError('UPSTREAM_ERROR', `${where} answered 404 without a NOT_FOUND body`);
  }
  const parsed = parser.safeParse(json);
  if (!parsed.success) {
    throw new CellApiError('BAD_RESPONSE', `${where} broke its contract: ${parsed.error.message}`);
  }
  return { found: true, value: parsed.data };
}

function send(url: URL, options: GetJsonOptions): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { host: options.host, accept: 'application/json' };
    if (options.correlationId) headers['x-correlation-id'] = options.correlationId;
    const isHttps = url.protocol === 'https:';
    const where = `GET ${url.pathname}`;

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
      request = (isHttps ? httpsRequest : httpRequest)(
        url,
        { method: 'GET', headers, agent },
        onResponse,
      );
    } catch (error) {
      // Node refuses to send malformed header values (a forged Host, say) before any I/O.
      finish({
        error: unreachable(where, error instanceof Error ? error : new Error(String(error))),
      });
      return;
    }
    request.on('error', (error) => finish({ error: unreachable(where, error) }));
    request.end();
  });
}

function unreachable(where: string, cause: Error): CellApiError {
  return new CellApiError('UNREACHABLE', `${where} failed: ${cause.message}`, { cause });
}
