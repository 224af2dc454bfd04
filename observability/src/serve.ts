import http from 'node:http';
import type { Lifecycle } from './lifecycle';

/**
 * Listens with an HTTP handler (an Express app, say) and registers its graceful close. The
 * keep-alive timeout outlasts the router's and load balancers' idle timeouts (60 s), so an
 * upstream never reuses a connection this server has just closed.
 */
export async function serveHttp(
  handler: http.RequestListener,
  options: { port: number; host: string; lifecycle: Lifecycle },
): Promise<http.Server> {
  const server = http.createServer({ keepAliveTimeout: 65_000 }, handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  options.lifecycle.onStop('http', () => new Promise((resolve) => server.close(resolve)));
  return server;
}
