import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A Checkout Session as the platform asked "Stripe" to create it. */
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
    const sent: Buffer[] = [];
    req.on('data', (chunk: Buffer) => sent.push(chunk));
    req.on('end', () => {
      const requestBody = Buffer.concat(sent);
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
              recorded.push(
                toSession(
                  new URLSearchParams(requestBody.toString('utf8')),
                  JSON.parse(body.toString('utf8')) as { id: string; url: string },
                  req.headers['stripe-account'] as string | undefined,
                ),
              );
            }
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            res.end(body);
          });
        },
      );
      upstream.on('error', () => res.writeHead(502).end());
      upstream.end(requestBody);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    sessions: () => [...recorded],
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The session from what was sent (stripe-mock's answer is a fixture) and the answer's id and URL. */
function toSession(
  params: URLSearchParams,
  answer: { id: string; url: string },
  account: string | undefined,
): RecordedSession {
  const metadata: Record<string, string> = {};
  for (const [key, value] of params) {
    const name = /^metadata\[(.+)\]$/.exec(key)?.[1];
    if (name) metadata[name] = value;
  }
  return {
    id: answer.id,
    url: answer.url,
    successUrl: params.get('success_url') ?? '',
    cancelUrl: params.get('cancel_url') ?? '',
    metadata,
    account,
  };
}
