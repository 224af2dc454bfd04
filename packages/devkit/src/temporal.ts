import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Connection } from '@temporalio/client';
import { freePort, isPortOpen, waitFor } from './net';
import { ensureTemporalCli } from './tools';

export interface TemporalServer {
  address: string;
  uiUrl: string | undefined;
  source: 'TEMPORAL_ADDRESS' | 'temporal dev server';
  stop(): Promise<void>;
}

async function isHealthy(address: string): Promise<boolean> {
  const connection = await Connection.connect({ address, connectTimeout: 1_000 });
  try {
    await connection.healthService.check({});
    return true;
  } finally {
    await connection.close();
  }
}

/**
 * `TEMPORAL_ADDRESS` when given; otherwise the Temporal CLI dev server (with its Web UI),
 * persisted to `dbFile` when one is given, in memory otherwise (tests).
 */
export async function resolveTemporal(options: {
  dbFile?: string;
  port?: number;
  uiPort?: number;
  logFile?: string;
}): Promise<TemporalServer> {
  if (process.env.TEMPORAL_ADDRESS) {
    return {
      address: process.env.TEMPORAL_ADDRESS,
      uiUrl: undefined,
      source: 'TEMPORAL_ADDRESS',
      stop: () => Promise.resolve(),
    };
  }
  const binary = ensureTemporalCli();
  const port = options.port ?? (await freePort());
  if (await isPortOpen(port))
    throw new Error(`port ${port} is taken; stop whatever holds it or set TEMPORAL_ADDRESS`);
  const uiPort = options.uiPort ?? (await freePort());
  const args = [
    'server',
    'start-dev',
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--ui-port',
    String(uiPort),
    '--log-level',
    'warn',
    // Hand an activity scheduled by a workflow task straight back to the worker that completed
    // it, instead of a round trip through the task queue (as Temporal Cloud does).
    '--dynamic-config-value',
    'system.enableActivityEagerExecution=true',
  ];
  if (options.dbFile) {
    mkdirSync(path.dirname(options.dbFile), { recursive: true });
    args.push('--db-filename', options.dbFile);
  }
  const child: ChildProcess = spawn(binary, args, { stdio: 'ignore', detached: true });
  const address = `127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await waitFor('the Temporal dev server', () => isHealthy(address), {
    timeoutMs: 90_000,
    intervalMs: 500,
  });
  return {
    address,
    uiUrl: `http://localhost:${uiPort}`,
    source: 'temporal dev server',
    stop: async () => {
      if (child.exitCode !== null) return;
      process.kill(-(child.pid as number), 'SIGTERM');
      const timer = setTimeout(() => process.kill(-(child.pid as number), 'SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
