import { z } from 'zod';
import { env, loadConfig } from '@mpb/config';

const list = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((value) =>
      value
        .split(',')
        .map((item) => item.trim().toLowerCase())
        .filter(Boolean),
    );

const schema = z.object({
  HOST: z.string().default('0.0.0.0'),
  PORT: env.port(8080),
  OPS_PORT: env.port(9080),
  LOG_LEVEL: env.logLevel(),
  /** Hosts that serve the platform itself (control plane API and admin app), not a store. */
  PLATFORM_HOSTS: list('localhost,127.0.0.1'),
  CONTROL_PLANE_URL: z.url().default('http://127.0.0.1:4000'),
  ADMIN_URL: z.url().default('http://127.0.0.1:4300'),
  REDIS_URL: z.string().min(1).default('redis://127.0.0.1:6379/0'),
  REDIS_KEY_PREFIX: z.string().default('mpb:'),
  INTERNAL_API_TOKEN: env.secret(),
  /** How long a known route is trusted without a change notice, and an unknown host remembered. */
  ROUTE_TTL_MS: env.int(300_000),
  NEGATIVE_ROUTE_TTL_MS: env.int(2_000),
  UPSTREAM_CONNECTIONS: env.int(128),
  UPSTREAM_TIMEOUT_MS: env.int(30_000),
  ACCESS_LOG: env.boolean(true),
  /** Scheme clients used to reach us, for X-Forwarded-Proto when TLS ends before the router. */
  PUBLIC_PROTO: z.enum(['http', 'https']).default('http'),
});

export type RouterConfig = z.infer<typeof schema>;

export function loadRouterConfig(source: NodeJS.ProcessEnv = process.env): RouterConfig {
  return loadConfig('router', schema, source);
}
