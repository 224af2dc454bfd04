import { startEphemeralPlatform, type EphemeralPlatform } from '@mpb/devkit';
import { testEnv } from '@mpb/testing';

export type TestPlatform = EphemeralPlatform;

/**
 * The whole platform (control plane, two cells, worker, storefronts, admin, router) against the
 * suite's Postgres, Redis and Temporal: the same code path as `npm start`, on free ports.
 */
export function startTestPlatform(
  options: {
    withWebApps?: boolean;
    smtpUrl?: string;
    /** Another Stripe API than the suite's stripe-mock (a recorder in front of it). */
    stripeApiBase?: string;
    extraEnv?: Record<string, string>;
  } = {},
): Promise<TestPlatform> {
  const { pgAdminUrl, redisUrl, temporalAddress, stripeUrl } = testEnv();
  return startEphemeralPlatform({
    name: 'e2e',
    postgresAdminUrl: pgAdminUrl,
    redisUrl,
    temporalAddress,
    withWebApps: options.withWebApps ?? true,
    stripeApiBase: options.stripeApiBase ?? stripeUrl,
    smtpUrl: options.smtpUrl,
    extraEnv: { SIGNUPS_PER_IP_PER_HOUR: '1000', ...options.extraEnv },
  });
}
