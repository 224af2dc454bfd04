/**
 * `npm run bench`: measures, in one run on this machine,
 *  1. the router hop: the same store API request straight to the cell and through the global
 *     router (req/s, p50, p99, interleaved rounds), reported as a ratio;
 *  2. provisioning: time from POST /tenants to `ready`, p50/p95 over 50 stores, one at a time
 *     and then 50 submitted together;
 *  3. the product API and the product page through the router, cached (cell 1) and uncached
 *     (cell 2 runs with its caches off), interleaved rounds;
 *  4. checkout start throughput (cart to Stripe Checkout session, stripe-mock);
 *  5. a flash sale: stock 10, 500 shoppers start checkout at once, Stripe confirms every
 *     session it opened: exactly 10 orders must be paid and stock must end at 0.
 * Results go to bench/results/ as JSON and to the console as tables.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  repoRoot,
  resolvePostgres,
  resolveRedis,
  resolveStripeMock,
  resolveTemporal,
  say,
  startEphemeralPlatform,
  stateDir,
} from '@mpb/devkit';
import { startStripeRecorder } from '../e2e/support/stripe-recorder';
import { expectStatus, load, mapLimit, percentile, request, type LoadResult } from './bench/http';
import {
  connectPayments,
  createProduct,
  payCheckout,
  readyCart,
  startCheckout,
  type BenchContext,
  type BenchStore,
} from './bench/shop';

const duration = Number(process.env.BENCH_DURATION_S ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const tenantCount = Number(process.env.BENCH_TENANTS ?? 50);
const checkoutCount = Number(process.env.BENCH_CHECKOUTS ?? 200);
const flashShoppers = Number(process.env.BENCH_FLASH_SHOPPERS ?? 500);
const FLASH_STOCK = 10;

interface Pair {
  a: LoadResult;
  b: LoadResult;
}
interface Comparison {
  label: string;
  route: string;
  labels: [string, string];
  connections: number;
  rounds: Pair[];
  unloaded: Pair;
  /** Mean req/s of b over mean req/s of a. */
  ratio: number;
}

/** The same load on two targets, in interleaved rounds so both see the same machine. */
async function compare(
  label: string,
  route: string,
  labels: [string, string],
  a: { url: string; host: string },
  b: { url: string; host: string },
  headers: Record<string, string> = {},
): Promise<Comparison> {
  say.step(`${label}: GET ${route}, ${connections} connections, ${duration}s per round`);
  await load(a.url, a.host, 2, connections, headers);
  await load(b.url, b.host, 2, connections, headers);
  const rounds: Pair[] = [];
  for (let round = 0; round < 2; round++) {
    rounds.push({
      a: await load(a.url, a.host, duration, connections, headers),
      b: await load(b.url, b.host, duration, connections, headers),
    });
  }
  const unloaded = {
    a: await load(a.url, a.host, 3, 1, headers),
    b: await load(b.url, b.host, 3, 1, headers),
  };
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  return {
    label,
    route,
    labels,
    connections,
    rounds,
    unloaded,
    ratio:
      mean(rounds.map((round) => round.b.requestsPerSecond)) /
      mean(rounds.map((round) => round.a.requestsPerSecond)),
  };
}

function formatComparison(comparison: Comparison): string {
  const [a, b] = comparison.labels;
  const failures = (pair: Pair) => pair.a.non2xx + pair.a.errors + pair.b.non2xx + pair.b.errors;
  const row = (name: string, pair: Pair) =>
    `| ${name} | ${pair.a.requestsPerSecond} | ${pair.b.requestsPerSecond} | ${pair.a.p50Ms}/${pair.a.p99Ms} | ${pair.b.p50Ms}/${pair.b.p99Ms} | ${failures(pair)} |`;
  return [
    `${say.bold(comparison.label)} (GET ${comparison.route}, ${comparison.connections} connections)`,
    `| round | ${a} req/s | ${b} req/s | ${a} p50/p99 ms | ${b} p50/p99 ms | non-2xx |`,
    '| --- | --- | --- | --- | --- | --- |',
    ...comparison.rounds.map((round, index) => row(String(index + 1), round)),
    row('unloaded (1 connection)', comparison.unloaded),
    `${b} / ${a} throughput: ${comparison.ratio.toFixed(2)}`,
  ].join('\n');
}

async function main(): Promise<void> {
  say.plain(say.bold('Marketplace Builder benchmarks'));
  const postgres = await resolvePostgres(stateDir);
  const redis = await resolveRedis(stateDir);
  const temporal = await resolveTemporal({});
  // Stripe calls go through a recording proxy in front of stripe-mock (one local hop more on
  // each checkout start), so the flash sale can confirm each session by the id Stripe gave it.
  const stripeMock = await resolveStripeMock();
  const stripe = await startStripeRecorder(stripeMock.url);
  say.step('starting the platform (control plane, 2 cells, storefronts, workers, router)');
  const caches = ['PUBLIC_CACHE_TTL_SECONDS', 'STOREFRONT_CACHE_SECONDS'];
  const platform = await startEphemeralPlatform({
    name: 'bench',
    postgresAdminUrl: postgres.adminUrl,
    redisUrl: redis.url,
    temporalAddress: temporal.address,
    stripeApiBase: stripe.url,
    withWebApps: true,
    logDir: path.join(stateDir, 'bench-logs'),
    // The router's access log stays on, as in production. Every request comes from one
    // address here, so the per-address limits are lifted; the per-store ones stay.
    extraEnv: {
      SIGNUPS_PER_IP_PER_HOUR: '1000',
      RATE_LIMIT_PER_IP_PER_MINUTE: '100000000',
      RATE_LIMIT_PER_STORE_PER_MINUTE: '100000000',
      CART_CREATIONS_PER_IP_PER_MINUTE: '100000000',
      CHECKOUTS_PER_IP_PER_MINUTE: '100000000',
    },
    // Cell 2 runs with its caches off: the same code, measured without them.
    cellEnv: [{}, Object.fromEntries(caches.map((name) => [name, '0']))],
  });
  const { routerPort } = platform;
  const { cells } = platform.plan;
  const id = platform.plan.taskQueue.replace(/^bench-/, '');

  try {
    const platformHost = `localhost:${routerPort}`;
    const signup = await expectStatus(201, routerPort, platformHost, '/api/v1/auth/signup', {
      method: 'POST',
      body: { email: `bench-${id}@example.com`, password: 'benchmark password' },
    });
    const token = signup.json.token as string;
    const ctx: BenchContext = {
      routerPort,
      platformHost,
      token,
      webhookSecret: platform.plan.secrets.stripeWebhookSecret,
    };

    // --- provisioning latency ---
    const provision = async (index: number) => {
      const started = performance.now();
      const created = await expectStatus(202, routerPort, platformHost, '/api/v1/tenants', {
        method: 'POST',
        token,
        body: {
          name: `Bench ${index}`,
          slug: `bench-${id}-${index}`,
          niche: 'food',
          currency: 'BRL',
          language: 'pt-BR',
          country: 'BR',
        },
      });
      for (;;) {
        const tenant = await request(
          routerPort,
          platformHost,
          `/api/v1/tenants/${created.json.id}`,
          {
            token,
          },
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
    const tenants: { id: string; slug: string; cellId: string }[] = [];
    for (let index = 0; index < tenantCount; index++) {
      const { ms, tenant } = await provision(index);
      sequential.push(ms);
      tenants.push(tenant);
    }
    say.step(`provisioning ${tenantCount} stores submitted together`);
    const burstStarted = performance.now();
    const burst = (
      await Promise.all(
        Array.from({ length: tenantCount }, (_, index) => provision(tenantCount + index)),
      )
    ).map((result) => result.ms);
    const burstSeconds = (performance.now() - burstStarted) / 1000;

    // --- two stores with the same catalog: one per cell (cached, uncached) ---
    const storeIn = async (cellId: string): Promise<BenchStore> => {
      const tenant = tenants.find((candidate) => candidate.cellId === cellId);
      if (!tenant) throw new Error(`no bench store was placed in ${cellId}`);
      await expectStatus(200, routerPort, platformHost, `/api/v1/tenants/${tenant.id}/publish`, {
        method: 'POST',
        token,
        body: { live: true },
      });
      return { id: tenant.id, host: `${tenant.slug}.localhost:${routerPort}`, cellId };
    };
    const cached = await storeIn(cells[0]!.id);
    const uncached = await storeIn(cells[1]!.id);
    let handle = '';
    for (const store of [cached, uncached]) {
      for (let index = 0; index < 10; index++) {
        const product = await createProduct(ctx, store, {
          title: `Product ${index}`,
          price: 1000 + index,
          compareAtPrice: 2000,
          description: `<p>${'A fine product. '.repeat(12)}</p>`,
          tags: ['bench', `tag-${index % 3}`],
          variants: ['S', 'M', 'L'].map((size) => ({
            sku: `B${index}-${size}`,
            stock: 100,
            options: { size },
          })),
        });
        handle = product.handle;
      }
    }
    const cellOf = (store: BenchStore) => cells.find((cell) => cell.id === store.cellId)!;

    // --- router hop (uncached cell: every request reaches the database, as in issue 2) ---
    const hopRoutes = ['/api/v1/products?limit=10', '/api/v1/storefront/config'];
    const hops: Comparison[] = [];
    for (const route of hopRoutes) {
      hops.push(
        await compare(
          'Router hop',
          route,
          ['direct', 'router'],
          { url: `http://127.0.0.1:${cellOf(uncached).apiPort}${route}`, host: uncached.host },
          { url: `http://127.0.0.1:${routerPort}${route}`, host: uncached.host },
        ),
      );
    }

    // --- cached and uncached, through the router ---
    const viaRouter = (store: BenchStore, route: string) => ({
      url: `http://127.0.0.1:${routerPort}${route}`,
      host: store.host,
    });
    const productApi = `/api/v1/products/${handle}`;
    const productPage = `/products/${handle}`;
    const caching = [
      await compare(
        'Product API',
        productApi,
        ['uncached', 'cached'],
        viaRouter(uncached, productApi),
        viaRouter(cached, productApi),
      ),
      await compare(
        'Product page',
        productPage,
        ['uncached', 'cached'],
        viaRouter(uncached, productPage),
        viaRouter(cached, productPage),
        { accept: 'text/html' },
      ),
    ];

    // --- checkout start throughput ---
    const accountId = await connectPayments(ctx, cached);
    const plenty = await createProduct(ctx, cached, {
      title: 'Plenty',
      price: 4990,
      variants: [{ sku: 'PLENTY', stock: 1_000_000 }],
    });
    say.step(`checkout throughput: preparing ${checkoutCount} carts`);
    const carts = await mapLimit(
      Array.from({ length: checkoutCount }, (_, index) => index),
      20,
      (index) => readyCart(ctx, cached, plenty.variantId, index),
    );
    say.step(`checkout throughput: ${checkoutCount} checkouts, 20 at a time`);
    const latencies: number[] = [];
    let checkoutFailures = 0;
    const throughputStarted = performance.now();
    await mapLimit(carts, 20, async (cartId) => {
      const started = performance.now();
      const reply = await startCheckout(ctx, cached, cartId);
      latencies.push(performance.now() - started);
      if (reply.status !== 201) checkoutFailures++;
    });
    const throughputSeconds = (performance.now() - throughputStarted) / 1000;
    const checkout = {
      count: checkoutCount,
      concurrency: 20,
      failures: checkoutFailures,
      perSecond: checkoutCount / throughputSeconds,
      p50Ms: percentile(latencies, 50),
      p99Ms: percentile(latencies, 99),
    };

    // --- flash sale ---
    const flash = await createProduct(ctx, cached, {
      title: 'Flash sale',
      price: 990,
      variants: [{ sku: 'FLASH', stock: FLASH_STOCK }],
    });
    say.step(`flash sale: ${flashShoppers} shoppers put the last ${FLASH_STOCK} units in a cart`);
    const flashCarts = await mapLimit(
      Array.from({ length: flashShoppers }, (_, index) => index),
      25,
      (index) => readyCart(ctx, cached, flash.variantId, 10_000 + index),
    );
    say.step(`flash sale: ${flashShoppers} checkouts at once`);
    const flashStarted = performance.now();
    const attempts = await Promise.all(
      flashCarts.map((cartId) => startCheckout(ctx, cached, cartId)),
    );
    const flashSeconds = (performance.now() - flashStarted) / 1000;
    const outcomes: Record<string, number> = {};
    for (const attempt of attempts) {
      const key =
        attempt.status === 201 ? '201' : `${attempt.status} ${attempt.json?.error?.code ?? ''}`;
      outcomes[key] = (outcomes[key] ?? 0) + 1;
    }
    const opened = attempts.filter((attempt) => attempt.status === 201).map((a) => a.json);
    say.step(`flash sale: Stripe confirms the ${opened.length} sessions, each event sent twice`);
    // Stripe names each session in its completion event; stripe-mock makes up a new id per
    // call, so the ids come from what the recorder saw it answer.
    const sessionIds = new Map(
      stripe.sessions().map((session) => [session.metadata.checkout_id, session.id]),
    );
    const deliveries = await Promise.all(
      [...opened, ...opened].map((session) =>
        payCheckout(ctx, cached, accountId, {
          ...session,
          stripeSessionId: sessionIds.get(session.checkoutId) ?? 'cs_not_recorded',
        }),
      ),
    );
    const adminProduct = await expectStatus(
      200,
      routerPort,
      cached.host,
      `/api/v1/admin/products/${flash.id}`,
      { token },
    );
    const variant = adminProduct.json.variants[0];
    let paidOrders = 0;
    let cursor: string | null = null;
    do {
      const page = await expectStatus(
        200,
        routerPort,
        cached.host,
        `/api/v1/admin/orders?status=paid&limit=100${cursor ? `&cursor=${cursor}` : ''}`,
        { token },
      );
      paidOrders += page.json.items.length;
      cursor = page.json.nextCursor;
    } while (cursor);
    const flashSale = {
      stock: FLASH_STOCK,
      shoppers: flashShoppers,
      checkoutSeconds: flashSeconds,
      outcomes,
      webhookDeliveries: deliveries.length,
      webhookNon200: deliveries.filter((reply) => reply.status !== 200).length,
      paidOrders,
      stockAfter: variant.stock,
      reservedAfter: variant.reserved,
      exact: paidOrders === FLASH_STOCK && variant.stock === 0 && variant.reserved === 0,
    };

    const results = {
      date: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        model: os.cpus()[0]?.model,
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
      },
      routerHop: hops,
      caching,
      checkout,
      flashSale,
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
${[...hops, ...caching].map(formatComparison).join('\n\n')}

${say.bold('Checkout start')} (cart → order + Stripe Checkout session on stripe-mock, through the router)
| checkouts | at once | per second | p50 ms | p99 ms | failures |
| --- | --- | --- | --- | --- | --- |
| ${checkout.count} | ${checkout.concurrency} | ${fmt(checkout.perSecond)} | ${fmt(checkout.p50Ms)} | ${fmt(checkout.p99Ms)} | ${checkout.failures} |

${say.bold('Flash sale')} (stock ${FLASH_STOCK}, ${flashShoppers} checkouts at once, in ${fmt(flashSeconds)}s)
| answers | Stripe events (non-200) | paid orders | stock after | reserved after | exact |
| --- | --- | --- | --- | --- | --- |
| ${Object.entries(outcomes)
      .map(([key, count]) => `${key}: ${count}`)
      .join(
        ', ',
      )} | ${deliveries.length} (${flashSale.webhookNon200}) | ${paidOrders} | ${variant.stock} | ${variant.reserved} | ${flashSale.exact ? 'yes' : 'NO'} |

${say.bold('Provisioning')} (POST /tenants → ready, client-measured through the router)
| mode | stores | p50 ms | p95 ms | max ms |
| --- | --- | --- | --- | --- |
| one at a time | ${sequential.length} | ${fmt(results.provisioning.sequential.p50Ms)} | ${fmt(results.provisioning.sequential.p95Ms)} | ${fmt(results.provisioning.sequential.maxMs)} |
| ${tenantCount} at once | ${burst.length} | ${fmt(results.provisioning.burst.p50Ms)} | ${fmt(results.provisioning.burst.p95Ms)} | ${fmt(results.provisioning.burst.maxMs)} (all in ${burstSeconds.toFixed(1)}s) |

Results: ${path.relative(repoRoot, outFile)}`);
    if (!flashSale.exact) throw new Error('the flash sale oversold or undersold');
  } finally {
    await platform.close();
    await stripe.close();
    await stripeMock.stop();
    await temporal.stop();
    await redis.stop();
    await postgres.stop();
  }
}

main().catch((error: unknown) => {
  say.fail(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
