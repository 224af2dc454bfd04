import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { say } from './log';
import { freePort, isPortOpen, waitFor } from './net';
import { toolsDir } from './paths';

/** Stripe's official mock of its API: validates requests against the spec, answers fixtures. */
export const STRIPE_MOCK_MODULE = 'github.com/stripe/stripe-mock@v0.197.0';

export function ensureStripeMock(): string {
  const binary = process.env.MPB_STRIPE_MOCK ?? path.join(toolsDir, 'stripe-mock');
  if (existsSync(binary)) return binary;
  mkdirSync(toolsDir, { recursive: true });
  say.step(`building stripe-mock (${STRIPE_MOCK_MODULE})`);
  const go = ['/usr/local/go/bin/go', 'go'].find(
    (candidate) => spawnSync(candidate, ['version']).status === 0,
  );
  if (!go)
    throw new Error(
      'Go is required to build stripe-mock (https://go.dev/dl/); or set STRIPE_API_BASE',
    );
  const result = spawnSync(go, ['install', STRIPE_MOCK_MODULE], {
    stdio: 'inherit',
    env: { ...process.env, GOBIN: toolsDir },
  });
  if (result.status !== 0 || !existsSync(binary)) throw new Error('building stripe-mock failed');
  return binary;
}

export interface StripeMock {
  /** Base URL to point the Stripe SDK at (STRIPE_API_BASE). */
  url: string;
  source: 'STRIPE_API_BASE' | 'stripe-mock';
  stop(): Promise<void>;
}

/** STRIPE_API_BASE when given, else a stripe-mock on a free (or the given) port. */
export async function resolveStripeMock(port?: number): Promise<StripeMock> {
  if (process.env.STRIPE_API_BASE) {
    return {
      url: process.env.STRIPE_API_BASE,
      source: 'STRIPE_API_BASE',
      stop: () => Promise.resolve(),
    };
  }
  const binary = ensureStripeMock();
  const httpPort = port ?? (await freePort());
  const httpsPort = await freePort();
  const child = spawn(binary, ['-http-port', String(httpPort), '-https-port', String(httpsPort)], {
    stdio: 'ignore',
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await waitFor('stripe-mock', () => isPortOpen(httpPort), { timeoutMs: 30_000 });
  return {
    url: `http://127.0.0.1:${httpPort}`,
    source: 'stripe-mock',
    stop: async () => {
      if (child.exitCode !== null) return;
      process.kill(-(child.pid as number), 'SIGTERM');
      await exited;
    },
  };
}
