import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { isPublicAddress } from '../address-policy';
import type { RemoteFetchOptions } from '../fetch-remote-image';
import type { ResolvedAddress } from '../vet-remote-url';

export interface TestServer {
  port: number;
  /** Connections accepted so far: a forbidden server must stay at zero. */
  connections: number;
  requests: { path: string; host: string | undefined }[];
  close(): Promise<void>;
}

/** An HTTP server on one loopback address, recording what reaches it. */
export async function startServer(
  address: string,
  handler: http.RequestListener = (_req, res) => res.end('ok'),
): Promise<TestServer> {
  const server = http.createServer((req, res) => {
    state.requests.push({ path: req.url ?? '', host: req.headers.host });
    handler(req, res);
  });
  const state: TestServer = {
    port: 0,
    connections: 0,
    requests: [],
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  server.on('connection', () => (state.connections += 1));
  await new Promise<void>((resolve) => server.listen(0, address, resolve));
  state.port = (server.address() as AddressInfo).port;
  return state;
}

/**
 * The production policy with one exception: 127.0.0.1 plays the public internet, so tests can
 * run "public" servers there while 127.0.0.2 (and every other loopback) stays forbidden.
 * Ports are free because test servers listen on random ones.
 */
export function testRemotePolicy(
  answers: Record<string, string[] | (() => string[])>,
): Omit<RemoteFetchOptions, 'maxBytes'> & { lookups: string[] } {
  const lookups: string[] = [];
  return {
    lookups,
    resolve: (hostname) => {
      lookups.push(hostname);
      const answer = answers[hostname];
      const addresses = typeof answer === 'function' ? answer() : answer;
      if (!addresses) return Promise.reject(new Error(`ENOTFOUND ${hostname}`));
      return Promise.resolve(
        addresses.map((address): ResolvedAddress => ({
          address,
          family: address.includes(':') ? 6 : 4,
        })),
      );
    },
    isAllowedAddress: (address) => address === '127.0.0.1' || isPublicAddress(address),
    isAllowedPort: () => true,
    maxRedirects: 3,
    connectTimeoutMs: 2_000,
    totalTimeoutMs: 5_000,
  };
}
