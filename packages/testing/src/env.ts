/** Addresses prepared by the Jest global set-up. */
export function testEnv(): {
  pgAdminUrl: string;
  redisUrl: string;
  temporalAddress: string;
  stripeUrl: string;
} {
  const pgAdminUrl = process.env.MPB_TEST_PG_ADMIN_URL;
  const redisUrl = process.env.MPB_TEST_REDIS_URL;
  const temporalAddress = process.env.MPB_TEST_TEMPORAL_ADDRESS;
  const stripeUrl = process.env.MPB_TEST_STRIPE_URL;
  if (!pgAdminUrl || !redisUrl || !temporalAddress || !stripeUrl) {
    throw new Error(
      'integration tests run through `npm test` or `npx jest --selectProjects integration`, whose global set-up provides the services',
    );
  }
  return { pgAdminUrl, redisUrl, temporalAddress, stripeUrl };
}

/** A short random id for names that must not collide between tests and runs. */
export function uniqueId(length = 10): string {
  return Math.random()
    .toString(36)
    .slice(2, 2 + length)
    .padEnd(length, '0');
}
