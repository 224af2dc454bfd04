// Liveness for load balancers and `npm start`: answers without naming any store, because a
// health checker's Host (an IP address) is never a store's host.
export const dynamic = 'force-dynamic';

export function GET(): Response {
  return new Response('ok', {
    headers: { 'content-type': 'text/plain', 'cache-control': 'no-store' },
  });
}
