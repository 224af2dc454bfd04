import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { Redis } from 'ioredis';
import { isPortOpen, waitFor } from './net';
import { say } from './log';

export interface RedisServer {
  /** Base URL without a database index, for example redis://127.0.0.1:6379. */
  url: string;
  source: 'REDIS_URL' | 'local server' | 'started redis-server';
  stop(): Promise<void>;
}

async function answers(url: string): Promise<boolean> {
  const client = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    connectTimeout: 1_000,
    retryStrategy: () => null,
  });
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

function withoutDatabase(url: string): string {
  const parsed = new URL(url);
  parsed.pathname = '';
  return parsed.toString().replace(/\/$/, '');
}

/** `REDIS_URL` when given, else the local server on 6379, else a `redis-server` we start. */
export async function resolveRedis(stateDir: string): Promise<RedisServer> {
  if (process.env.REDIS_URL) {
    if (!(await answers(process.env.REDIS_URL)))
      throw new Error('REDIS_URL is set but Redis does not answer there');
    return {
      url: withoutDatabase(process.env.REDIS_URL),
      source: 'REDIS_URL',
      stop: () => Promise.resolve(),
    };
  }
  if (await answers('redis://127.0.0.1:6379')) {
    return { url: 'redis://127.0.0.1:6379', source: 'local server', stop: () => Promise.resolve() };
  }
  if (spawnSync('redis-server', ['--version']).status !== 0) {
    throw new Error(
      'no Redis on 127.0.0.1:6379 and no redis-server to start: install Redis (apt-get install redis-server) or set REDIS_URL',
    );
  }
  const port = 6390;
  say.step(`starting redis-server on ${port}`);
  const dir = `${stateDir}/redis`;
  mkdirSync(dir, { recursive: true });
  const child = spawn(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--dir',
      dir,
    ],
    {
      stdio: 'ignore',
      detached: true,
    },
  );
  await waitFor('redis-server', () => isPortOpen(port));
  return {
    url: `redis://127.0.0.1:${port}`,
    source: 'started redis-server',
    stop: () => {
      child.kill('SIGTERM');
      return Promise.resolve();
    },
  };
}
