import { z } from 'zod';
import { env, loadConfig } from '@mpb/config';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  CELL_ID: z.string().regex(/^[a-z0-9-]+$/, 'must be lowercase letters, digits and hyphens'),
  OPS_PORT: env.port(9550),
  LOG_LEVEL: env.logLevel(),
  DATABASE_URL: z.string().min(1, 'is required'),
  DATABASE_POOL_MAX: env.int(10),
  REDIS_URL: z.string().min(1).default('redis://127.0.0.1:6379/1'),
  REDIS_KEY_PREFIX: z.string().optional(),
  /** The platform's public URL: links in emails go to `<scheme>://<store host>:<port>`. */
  PUBLIC_BASE_URL: z.url().default('http://localhost:8080'),
  /** This cell's storefront, told to drop cached pages when the catalog changes. */
  STOREFRONT_URL: z.url().optional(),
  /** Authenticates the worker to the storefront's revalidation endpoint; both must be set. */
  STOREFRONT_REVALIDATE_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Outgoing mail; without it emails are recorded as failed and logged, never silently lost. */
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional(),
  /** The From address of every store's email (the display name is the store's). */
  MAIL_FROM_ADDRESS: z.email().default('no-reply@marketplace.localhost'),
  /** A WhatsApp Business HTTP API; off unless both are set. */
  WHATSAPP_API_URL: z.url().optional(),
  WHATSAPP_API_TOKEN: z.string().optional(),
  /** How often open checkouts past their expiry are released. */
  CHECKOUT_SWEEP_INTERVAL_MS: env.int(15_000),
});

export type CellWorkerConfig = z.infer<typeof schema>;

export function loadCellWorkerConfig(source: NodeJS.ProcessEnv = process.env): CellWorkerConfig {
  return loadConfig('cell-worker', schema, source);
}

/** The one key prefix of a cell's Redis data, shared by its API and its worker. */
export function cellRedisPrefix(config: {
  CELL_ID: string;
  REDIS_KEY_PREFIX?: string | undefined;
}): string {
  return config.REDIS_KEY_PREFIX ?? `cell:${config.CELL_ID}:`;
}
