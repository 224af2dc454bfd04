/**
 * `npm run bench`: measures, in one run on this machine,
 *  1. the router hop: the same store API request straight to the cell and through the global
 *     router (req/s, p50, p99, interleaved rounds), reported as a ratio;
 *  2. provisioning: time from POST /tenants to `ready`, p50/p95 over 50 stores, one at a time
 *     and then 50 submitted together.
 * Results go to bench/results/ as JSON and to the console as a table.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import {
  repoRoot,
  resolvePostgres,
  resolveRedis,
  resolveTemporal,
  say,
  startEphemeralPlatform,
  stateDir,
} from '@mpb/devkit';

const duration = Number(process.env.BENCH_DURATION_S ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const tenantCount = Number(process.env.BENCH_TENANTS ?? 50);

function request(
  port: number,
  host: string,
  route: string,
  method = 'GET',
  body?: unknown,
  token?: string,
): Promise<{ status: number; json: any }> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: route,
        method,
        headers: {
          host,
          ...(payload ? { 'content-type': 'application/json' } : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, json: text ? JSON.parse(text) : undefined });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
}

async function load(
  url: string,
  host: string,
  seconds: number,
  conns: number,
): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections: conns,
    duration: seconds,
    headers: { host },
  });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

type Hop = {
  route: string;
  responseBytes: number;
  connections: number;
  rounds: { direct: LoadResult; router: LoadResult }[];
  unloaded: { direct: LoadResult; router: LoadResult };
  throughputRatio: number;
};

function formatHop(hop: Hop): string {
  const row = (label: string, pair: { direct: LoadResult; router: LoadResult }) =>
    `| ${label} | ${pair.direct.requestsPerSecond} | ${pair.router.requestsPerSecond} | ${pair.direct.p50Ms}/${pair.direct.p99Ms} | ${pair.router.p50Ms}/${pair.router.p99Ms} |`;
  return [
    `${say.bold('Router hop')} (GET ${hop.route}, ${hop.responseBytes} B, ${hop.connections} connections)`,
    '| round | direct req/s | router req/s | direct p50/p99 ms | router p50/p99 ms |',
    '| --- | --- | --- | --- | --- |',
    ...hop.rounds.map((round, index) => row(String(index + 1), round)),
    row('unloaded (1 connection)', hop.unloaded),
    `Throughput through the router / direct: ${hop.throughputRatio.toFixed(2)}`,
  ].join('\n');
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

async function main(): Promise<void> {
  say.plain(say.bold('Marketplace Builder benchmarks'));
  const postgres = await resolvePostgres(stateDir);
  const redis = await resolveRedis(stateDir);
  const temporal = await resolveTemporal({});
  say.step('starting the platform (control plane, 2 cells, worker, router)');
  const platform = await startEphemeralPlatform({
    name: 'bench',
    postgresAdminUrl: postgres.adminUrl,
    redisUrl: redis.url,
    temporalAddress: temporal.address,
    withWebApps: false,
    logDir: path.join(stateDir, 'bench-logs'),
    // The router's access log stays on, as in production.
    extraEnv: { SIGNUPS_PER_IP_PER_HOUR: '1000' },
  });
  const { routerPort } = platform;
  const { cells } = platform.plan;
  const id = platform.plan.taskQueue.replace(/^bench-/, '');

  try {
    const platformHost = `localhost:${routerPort}`;
    const signup = await request(routerPort, platformHost, '/api/v1/auth/signup', 'POST', {
      email: `bench-${id}@example.com`,
      password: 'benchmark password',
    });
    const token = signup.json.token as string;

    // --- provisioning latency ---
    const provision = async (index: number) => {
      const started = performance.now();
      const created = await request(
        routerPort,
        platformHost,
        '/api/v1/tenants',
        'POST',
        {
          name: `Bench ${index}`,
          slug: `bench-${id}-${index}`,
          niche: 'food',
          currency: 'BRL',
          language: 'pt-BR',
          country: 'BR',
        },
        token,
      );
      if (created.status !== 202)
        throw new Error(`create answered ${created.status}: ${JSON.stringify(created.json)}`);
      for (;;) {
        const tenant = await request(
          routerPort,
          platformHost,
          `/api/v1/tenants/${created.json.id}`,
          'GET',
          undefined,
          token,
        );
        if (tenant.json.status === 'ready')
          return { ms: performance.now() - started, tenant: tenant.json };
        if (tenant.json.status === 'failed')
          throw new Error(`provisioning failed: ${tenant.json.provisioning.error}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    say.step(`provisioning ${tenantCount} stores one after another`);
    const sequential: number[] = [];
    let first: any;
    for (let index = 0; index < tenantCount; index++) {
      const { ms, tenant } = await provision(index);
      sequential.push(ms);
      first ??= tenant;
    }
    say.step(`provisioning ${tenantCount} stores submitted together`);
    const burstStarted = performance.now();
    const burst = (
      await Promise.all(
        Array.from({ length: tenantCount }, (_, index) => provision(tenantCount + index)),
      )
    ).map((result) => result.ms);
    const burstSeconds = (performance.now() - burstStarted) / 1000;

    // --- router hop ---
    const storeHost = `bench-${id}-0.localhost:${routerPort}`;
    for (let index = 0; index < 10; index++) {
      await request(
        routerPort,
        storeHost,
        '/api/v1/admin/products',
        'POST',
        {
          title: `Product ${index}`,
          status: 'active',
          price: 1000 + index,
          stock: 10,
          description: 'x'.repeat(200),
        },
        token,
      );
    }
    await request(
      routerPort,
      platformHost,
      `/api/v1/tenants/${first.id}/publish`,
      'POST',
      { live: true },
      token,
    );
    const cell = cells.find((candidate) => candidate.id === first.cellId);
    if (!cell) throw new Error('unknown cell');
    // The same request straight to the cell's API and through the router, interleaved so both
    // see the same machine conditions; a heavy route (catalog page) and a light one (config).
    const measureHop = async (route: string) => {
      const check = await request(cell.apiPort, storeHost, route);
      const bytes = JSON.stringify(check.json).length;
      say.step(
        `router hop: GET ${route} (${bytes} bytes), ${connections} connections, ${duration}s per round`,
      );
      const direct = `http://127.0.0.1:${cell.apiPort}${route}`;
      const viaRouter = `http://127.0.0.1:${routerPort}${route}`;
      await load(direct, storeHost, 2, connections);
      await load(viaRouter, storeHost, 2, connections);
      const rounds: { direct: LoadResult; router: LoadResult }[] = [];
      for (let round = 0; round < 2; round++) {
        rounds.push({
          direct: await load(direct, storeHost, duration, connections),
          router: await load(viaRouter, storeHost, duration, connections),
        });
      }
      const unloaded = {
        direct: await load(direct, storeHost, 3, 1),
        router: await load(viaRouter, storeHost, 3, 1),
      };
      const mean = (values: number[]) =>
        values.reduce((sum, value) => sum + value, 0) / values.length;
      const throughputRatio =
        mean(rounds.map((round) => round.router.requestsPerSecond)) /
        mean(rounds.map((round) => round.direct.requestsPerSecond));
      return {
        route,
        responseBytes: bytes,
        connections,
        durationSeconds: duration,
        rounds,
        unloaded,
        throughputRatio,
      };
    };
    const hops = [
      await measureHop('/api/v1/products?limit=10'),
      await measureHop('/api/v1/storefront/config'),
    ];

    const results = {
      date: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        model: os.cpus()[0]?.model,
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
      },
      routerHop: hops,
      provisioning: {
        sequential: {
          count: sequential.length,
          p50Ms: percentile(sequential, 50),
          p95Ms: percentile(sequential, 95),
          maxMs: Math.max(...sequential),
        },
        burst: {
          count: burst.length,
          p50Ms: percentile(burst, 50),
          p95Ms: percentile(burst, 95),
          maxMs: Math.max(...burst),
          totalSeconds: burstSeconds,
        },
      },
    };
    const outDir = path.join(repoRoot, 'bench', 'results');
    mkdirSync(outDir, { recursive: true });
    const outFile = path.join(outDir, `bench-${results.date.replace(/[:.]/g, '-')}.json`);
    writeFileSync(outFile, JSON.stringify(results, null, 2));

    const fmt = (value: number) => value.toFixed(1);
    say.plain(`
${hops.map(formatHop).join('\n\n')}

${say.bold('Provisioning')} (POST /tenants → ready, client-measured through the router)
| mode | stores | p50 ms | p95 ms | max ms |
| --- | --- | --- | --- | --- |
| one at a time | ${sequential.length} | ${fmt(results.provisioning.sequential.p50Ms)} | ${fmt(results.provisioning.sequential.p95Ms)} | ${fmt(results.provisioning.sequential.maxMs)} |
| ${tenantCount} at once | ${burst.length} | ${fmt(results.provisioning.burst.p50Ms)} | ${fmt(results.provisioning.burst.p95Ms)} | ${fmt(results.provisioning.burst.maxMs)} (all in ${burstSeconds.toFixed(1)}s) |

Results: ${path.relative(repoRoot, outFile)}`);
  } finally {
    await platform.close();
    await temporal.stop();
    await redis.stop();
    await postgres.stop();
  }
}

main().catch((error: unknown) => {
  say.fail(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
