import Stripe from 'stripe';
import { z } from 'zod';
import { env } from '@mpb/config';

export { Stripe };

/** Stripe settings, shared by the control plane and cells. The key never has a default. */
export const stripeConfigFields = {
  STRIPE_SECRET_KEY: z
    .string()
    .regex(
      /^(sk|rk)_(test|live)_[A-Za-z0-9]+$/,
      'must be a Stripe secret key (sk_test_… or sk_live_…)',
    ),
  /** Another API host: stripe-mock locally and in tests. Absent: api.stripe.com. */
  STRIPE_API_BASE: z.url().optional(),
  STRIPE_TIMEOUT_MS: env.int(10_000),
};

export function createStripeClient(config: {
  STRIPE_SECRET_KEY: string;
  STRIPE_API_BASE?: string | undefined;
  STRIPE_TIMEOUT_MS: number;
}): Stripe {
  const base = config.STRIPE_API_BASE ? new URL(config.STRIPE_API_BASE) : undefined;
  return new Stripe(config.STRIPE_SECRET_KEY, {
    timeout: config.STRIPE_TIMEOUT_MS,
    maxNetworkRetries: 2,
    appInfo: { name: 'marketplace-builder' },
    ...(base
      ? {
          host: base.hostname,
          port: Number(base.port || (base.protocol === 'https:' ? 443 : 80)),
          protocol: base.protocol === 'https:' ? 'https' : 'http',
        }
      : {}),
  });
}

/** Stripe's connection failures and 5xx: retry later, answer 503 now. */
export function isStripeUnavailable(error: unknown): boolean {
  if (!(error instanceof Stripe.errors.StripeError)) return false;
  return (
    error instanceof Stripe.errors.StripeConnectionError ||
    error instanceof Stripe.errors.StripeAPIError ||
    error instanceof Stripe.errors.StripeRateLimitError ||
    (error.statusCode !== undefined && error.statusCode >= 500)
  );
}
