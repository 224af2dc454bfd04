import { z } from 'zod';
import { env, loadConfig } from '@mpb/config';
import { stripeConfigFields } from '@mpb/payments';
import { defaultImportLimits } from './imports/limits';
import { checkMediaConfig, mediaConfigFields } from './media/media-config';

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    CELL_ID: z.string().regex(/^[a-z0-9-]+$/, 'must be lowercase letters, digits and hyphens'),
    HOST: z.string().default('0.0.0.0'),
    PORT: env.port(4100),
    OPS_PORT: env.port(9500),
    LOG_LEVEL: env.logLevel(),
    /** The application role: neither the owner of the tables nor BYPASSRLS (checked at start). */
    DATABASE_URL: z.string().min(1, 'is required'),
    DATABASE_POOL_MAX: env.int(20),
    REDIS_URL: z.string().min(1).default('redis://127.0.0.1:6379/1'),
    REDIS_KEY_PREFIX: z.string().optional(),
    /** Where the control plane publishes its public signing keys. */
    AUTH_JWKS_URL: z.url().optional(),
    /** Alternatively the key set itself, as JSON; no network needed. */
    AUTH_JWKS: z.string().optional(),
    AUTH_ISSUER: z.string().default('mpb-control-plane'),
    AUTH_AUDIENCE: z.string().default('mpb'),
    INTERNAL_API_TOKEN: env.secret(),
    /** Previous internal tokens still accepted while a rotation rolls out. */
    INTERNAL_API_TOKEN_PREVIOUS: env.secretList(),
    /**
     * Signs the storefront preview tokens staff get from POST /admin/storefront/preview-token
     * (HMAC-SHA256). The same value in every API process of the cell; changing it ends the
     * previews under way (they last 30 minutes).
     */
    STOREFRONT_PREVIEW_SECRET: env.secret(),
    /** Browser origins allowed to call the admin API (the admin app). */
    ADMIN_ORIGINS: z
      .string()
      .default('http://localhost:8080')
      .transform((value) =>
        value
          .split(',')
          .map((origin) => origin.trim())
          .filter(Boolean),
      ),
    BODY_LIMIT: z.string().default('512kb'),
    TENANT_CACHE_TTL_MS: env.int(30_000),
    TRUST_PROXY: z.string().default('loopback'),
    /** Carts expire after this long without a change (30 days). */
    CART_TTL_SECONDS: env.int(2_592_000),
    /** Public API requests per client address per store, and per store, per minute. */
    RATE_LIMIT_PER_IP_PER_MINUTE: env.int(600),
    RATE_LIMIT_PER_STORE_PER_MINUTE: env.int(60_000),
    /** New carts and checkouts per client address per minute (bots love both). */
    CART_CREATIONS_PER_IP_PER_MINUTE: env.int(60),
    CHECKOUTS_PER_IP_PER_MINUTE: env.int(30),
    /** Storefront beacons (POST /api/v1/events) per client address per store per minute. */
    EVENTS_PER_IP_PER_MINUTE: env.int(120),
    /** How long public catalog answers stay in the cell's cache (0: no cache). */
    PUBLIC_CACHE_TTL_SECONDS: z.coerce.number().int().min(0).max(300).default(10),
    /** Stripe, for checkout sessions on each store's connected account. */
    ...stripeConfigFields,
    /** How long a checkout holds stock before it is given back (Stripe allows 30 min to 24 h). */
    CHECKOUT_TTL_MINUTES: z.coerce.number().int().min(30).max(1440).default(30),
    /** Largest catalog file accepted by POST /admin/imports, in bytes (10 MiB). */
    IMPORT_MAX_BYTES: z.coerce.number().int().positive().default(defaultImportLimits.maxBytes),
    /** Most data rows in one catalog file; a longer file fails as a whole. */
    IMPORT_MAX_ROWS: z.coerce.number().int().positive().default(defaultImportLimits.maxRows),
    /** MEDIA_*: image storage, limits and import by URL (see media/media-config.ts). */
    ...mediaConfigFields,
  })
  .refine((config) => config.AUTH_JWKS_URL || config.AUTH_JWKS, {
    message: 'one of AUTH_JWKS_URL or AUTH_JWKS is required',
    path: ['AUTH_JWKS_URL'],
  })
  .superRefine(checkMediaConfig);

export type CellConfig = z.infer<typeof schema>;

export function loadCellConfig(source: NodeJS.ProcessEnv = process.env): CellConfig {
  return loadConfig('cell-runtime', schema as unknown as z.ZodObject, source) as CellConfig;
}
