import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { describeBytes } from './process-image';
import {
  RefusedUrlError,
  vetRemoteUrl,
  type ResolvedAddress,
  type UrlPolicy,
  type VettedTarget,
} from './vet-remote-url';

export interface RemoteFetchOptions extends UrlPolicy {
  maxBytes: number;
  maxRedirects: number;
  connectTimeoutMs: number;
  /** For everything: resolving, connecting, every redirect and the body. */
  totalTimeoutMs: number;
}

export interface RemoteImage {
  bytes: Buffer;
  contentType: string;
  /** Where the image was found, after redirects. */
  url: string;
}

const redirectStatuses = new Set([301, 302, 303, 307, 308]);

/**
 * Downloads an image from a merchant-given URL without letting the URL reach our own network
 * (SSRF). Each hop is vetted (scheme, port, every resolved address) and the connection is pinned
 * to the vetted address, so a DNS answer that changes between the check and the connection
 * (rebinding) cannot redirect it. Redirects are followed by hand, each one vetted again.
 * Every failure is a RefusedUrlError whose message names what is wrong with the URL.
 */
export async function fetchRemoteImage(
  rawUrl: string,
  options: RemoteFetchOptions,
): Promise<RemoteImage> {
  const signal = AbortSignal.timeout(options.totalTimeoutMs);
  try {
    let url = parseUrl(rawUrl, 'is not a valid URL');
    for (let redirects = 0; ; redirects += 1) {
      const target = await abortable(vetRemoteUrl(url, options), signal);
      const response = await requestPinned(target, options.connectTimeoutMs, signal);
      if (!redirectStatuses.has(response.statusCode ?? 0)) {
        return await readImage(response, target.url, options.maxBytes);
      }
      response.destroy();
      if (redirects >= options.maxRedirects) {
        throw new RefusedUrlError(`redirects more than ${options.maxRedirects} times`);
      }
      const location = response.headers.location;
      if (!location) throw new RefusedUrlError('redirects without a Location');
      url = parseUrl(location, 'redirects to an invalid URL', url);
    }
  } catch (error) {
    if (error instanceof RefusedUrlError) throw error;
    if (signal.aborted) throw new RefusedUrlError('took too long to answer', { cause: error });
    throw new RefusedUrlError('could not be fetched', { cause: error });
  }
}

function parseUrl(value: string, problem: string, base?: URL): URL {
  try {
    return new URL(value, base);
  } catch (error) {
    throw new RefusedUrlError(problem, { cause: error });
  }
}

/** DNS lookups cannot be cancelled; stop waiting for them at the deadline at least. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () =>
      reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    void promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** A lookup that answers only the vetted address, whatever DNS would say now. */
function pinnedLookup(pinned: ResolvedAddress): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: pinned.address, family: pinned.family }]);
    else callback(null, pinned.address, pinned.family);
  };
}

function requestPinned(
  target: VettedTarget,
  connectTimeoutMs: number,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const client = target.url.protocol === 'https:' ? https : http;
    // `host` keeps the original name, so the Host header and TLS SNI (and certificate check)
    // are the URL's; only the address comes from `lookup`. No agent: no pooled socket reuse.
    const request = client.request(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.url.pathname}${target.url.search}`,
        method: 'GET',
        agent: false,
        lookup: pinnedLookup(target.address),
        signal,
        headers: {
          accept: 'image/avif,image/webp,image/png,image/jpeg,image/gif',
          'accept-encoding': 'identity',
          'user-agent': 'MarketplaceBuilder-ImageImport/1.0',
        },
      },
      resolve,
    );
    request.on('error', reject);
    request.on('socket', (socket) => {
      const timer = setTimeout(
        () => request.destroy(new RefusedUrlError('did not accept a connection in time')),
        connectTimeoutMs,
      );
      socket.once('connect', () => clearTimeout(timer));
      socket.once('close', () => clearTimeout(timer));
    });
    request.end();
  });
}

async function readImage(
  response: IncomingMessage,
  url: URL,
  maxBytes: number,
): Promise<RemoteImage> {
  if (response.statusCode !== 200) {
    response.destroy();
    throw new RefusedUrlError(`answered with HTTP ${response.statusCode ?? 0}`);
  }
  const contentType = (response.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (!contentType?.startsWith('image/') || contentType === 'image/svg+xml') {
    response.destroy();
    throw new RefusedUrlError(`does not point to an image (${contentType || 'no content type'})`);
  }
  const tooLarge = () =>
    new RefusedUrlError(`points to a file larger than ${describeBytes(maxBytes)}`);
  if (Number(response.headers['content-length'] ?? 0) > maxBytes) {
    response.destroy();
    throw tooLarge();
  }
  // The declared length may lie or be absent (chunked): count while reading.
  const chunks: Buffer[] = [];
  let received = 0;
  for await (const chunk of response as AsyncIterable<Buffer>) {
    received += chunk.length;
    if (received > maxBytes) {
      response.destroy();
      throw tooLarge();
    }
    chunks.push(chunk);
  }
  return { bytes: Buffer.concat(chunks), contentType, url: url.toString() };
}
