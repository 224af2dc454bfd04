import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A Checkout Session as the platform created it at "Stripe" (stripe-mock reflects the params). */
export interface RecordedSession {
  id: string;
  url: string;
  successUrl: string;
  cancelUrl: string;
  metadata: Record<string, string>;
  /** The connected account the session was created on (Stripe-Account header). */
  account: string | undefined;
}

export interface StripeRecorder {
  /** Point STRIPE_API_BASE here. */
  url: string;
  sessions(): RecordedSession[];
  close(): Promise<void>;
}

/**
 * Sits between the platform and stripe-mock and remembers the Checkout Sessions created. Real
 * Stripe keeps each session and sends the shopper to its `success_url` after payment;
 * stripe-mock keeps nothing, so the test plays that part of Stripe from this record.
 */
export async function startStripeRecorder(stripeMockUrl: string): Promise<StripeRecorder> {
  const target = new URL(stripeMockUrl);
  const recorded: RecordedSession[] = [];
  const server = http.createServer((req, res) => {
    const upstream = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: req.url,
        method: req.method,
        headers: { ...req.headers, host: target.host },
      },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          const body = Buffer.concat(chunks);
          if (
            req.method === 'POST' &&
            req.url === '/v1/checkout/sessions' &&
            answer.statusCode === 200
          ) {
            const session = JSON.parse(body.toString('utf8')) as Record<string, any>;
            recorded.push({
              id: session.id,
              url: session.url,
              successUrl: session.success_url,
              cancelUrl: session.cancel_url,
              metadata: session.metadata ?? {},
              account: req.headers['stripe-account'] as string | undefined,
            });
          }
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          res.end(body);
        });
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    sessions: () => [...recorded],
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
