import path from 'node:path';
import {
  repoRoot,
  resolvePostgres,
  resolveRedis,
  resolveStripeMock,
  resolveTemporal,
} from '@mpb/devkit';

/**
 * Runs once before the integration and end-to-end suites: finds (or starts) Postgres and
 * Redis the same way `npm start` does, and starts a throw-away Temporal dev server in memory
 * unless TEMPORAL_ADDRESS names one. Test files read the addresses from MPB_TEST_* variables.
 */
export default async function globalSetup(): Promise<void> {
  const stateDir = path.join(repoRoot, '.mpb', 'test');
  const postgres = await resolvePostgres(stateDir);
  const redis = await resolveRedis(stateDir);
  const temporal = await resolveTemporal({});
  const stripe = await resolveStripeMock();
  process.env.MPB_TEST_PG_ADMIN_URL = postgres.adminUrl;
  process.env.MPB_TEST_REDIS_URL = redis.url;
  process.env.MPB_TEST_TEMPORAL_ADDRESS = temporal.address;
  process.env.MPB_TEST_STRIPE_URL = stripe.url;
  (globalThis as { __mpbTestServices?: { stop(): Promise<void> }[] }).__mpbTestServices = [
    stripe,
    temporal,
    redis,
    postgres,
  ];
}
