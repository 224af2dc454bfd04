import { z } from 'zod';
import { env, loadConfig } from '@mpb/config';
import { stripeConfigFields } from '@mpb/payments';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().default('0.0.0.0'),
  PORT: env.port(4000),
  OPS_PORT: env.port(9400),
  LOG_LEVEL: env.logLevel(),
  DATABASE_URL: z.string().min(1, 'is required'),
  DATABASE_POOL_MAX: env.int(10),
  REDIS_URL: z.string().min(1).default('redis://127.0.0.1:6379/0'),
  REDIS_KEY_PREFIX: z.string().default('mpb:'),
  TEMPORAL_ADDRESS: z.string().min(1).default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('provisioning'),
  /** Ed25519 private key, PKCS#8 PEM. Signs every access token; comes from a vault. */
  AUTH_SIGNING_KEY: z
    .string()
    .includes('PRIVATE KEY', { message: 'must be a PKCS#8 PEM private key' }),
  /**
   * Public keys (a JSON array of JWKs) still published after a signing-key rotation, so tokens
   * signed with the previous key stay valid until they expire.
   */
  AUTH_PREVIOUS_PUBLIC_JWKS: z
    .string()
    .default('[]')
    .transform((value, ctx) => {
      try {
        const keys: unknown = JSON.parse(value);
        if (Array.isArray(keys)) return keys as Record<string, unknown>[];
      } catch {
        // reported below
      }
      ctx.addIssue({ code: 'custom', message: 'must be a JSON array of public JWKs' });
      return z.NEVER;
    }),
  AUTH_ISSUER: z.string().default('mpb-control-plane'),
  AUTH_AUDIENCE: z.string().default('mpb'),
  ACCESS_TOKEN_TTL_SECONDS: env.int(900),
  REFRESH_TOKEN_TTL_DAYS: env.int(30),
  INTERNAL_API_TOKEN: env.secret(),
  /** Previous internal tokens still accepted while a rotation rolls out. */
  INTERNAL_API_TOKEN_PREVIOUS: env.secretList(),
  /** The platform's public URL; stores live on subdomains of its host. */
  PUBLIC_BASE_URL: z.url().default('http://localhost:8080'),
  BODY_LIMIT: z.string().default('256kb'),
  /** Login attempts allowed per email per 15 minutes, and sign-ups per client IP per hour. */
  LOGIN_ATTEMPTS_PER_EMAIL: env.int(10),
  SIGNUPS_PER_IP_PER_HOUR: env.int(30),
  /** Stripe: the platform's key (Connect) and the secret that signs webhook deliveries. */
  ...stripeConfigFields,
  STRIPE_WEBHOOK_SECRET: z
    .string()
    .regex(/^whsec_[A-Za-z0-9+/=_-]+$/, 'must be a Stripe webhook signing secret (whsec_…)'),
  /** How old a webhook signature may be (replay protection), in seconds. */
  STRIPE_WEBHOOK_TOLERANCE_SECONDS: env.int(300),
  /**
   * Outgoing mail (invitations, sign-in and verification links): `smtp://[user:pass@]host:port`
   * or `smtps://...`. Without it emails are recorded as `unsent`, invitations still work (the
   * inviter gets the link to pass on) and sign-in links cannot reach anyone.
   */
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional(),
  MAIL_FROM_ADDRESS: z.email().default('no-reply@marketplace.localhost'),
  /** How long a staff invitation can be accepted. */
  INVITATION_TTL_HOURS: env.int(7 * 24),
  /** Sign-in links: how long one works, and how many per address and per client IP per 15 min. */
  MAGIC_LINK_TTL_MINUTES: env.int(15),
  MAGIC_LINKS_PER_EMAIL: env.int(5),
  MAGIC_LINKS_PER_IP: env.int(30),
  /** How long an email verification link works, and how many a user may ask for per hour. */
  EMAIL_VERIFICATION_TTL_HOURS: env.int(72),
  VERIFICATION_EMAILS_PER_HOUR: env.int(5),
  /**
   * The mail outbox's dispatcher: how often it looks for due emails, how many attempts an email
   * gets, and the wait after the first failure (doubled after each further one, up to an hour).
   */
  MAIL_OUTBOX_POLL_MS: env.int(1_000),
  MAIL_MAX_ATTEMPTS: env.int(8),
  MAIL_RETRY_BASE_SECONDS: env.int(30),
  /**
   * The Temporal Web UI, for operators' links to a store's provisioning workflow, for example
   * `http://localhost:8233`. Without it the links are null.
   */
  TEMPORAL_UI_URL: z.url().optional(),
  /** Proxies whose X-Forwarded-For is believed (Express `trust proxy`). */
  TRUST_PROXY: z.string().default('loopback'),
});

export type ControlPlaneConfig = z.infer<typeof schema>;

export function loadControlPlaneConfig(
  source: NodeJS.ProcessEnv = process.env,
): ControlPlaneConfig {
  return loadConfig('control-plane', schema, source);
}
