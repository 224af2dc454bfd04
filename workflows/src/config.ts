import { z } from 'zod';
import { PROVISIONING_TASK_QUEUE } from '@mpb/contracts';
import { env, loadConfig } from '@mpb/config';

const schema = z.object({
  LOG_LEVEL: env.logLevel(),
  OPS_PORT: env.port(9600),
  /** The control plane's database: the worker runs the control plane's provisioning steps. */
  DATABASE_URL: z.string().min(1, 'is required'),
  REDIS_URL: z.string().min(1).default('redis://127.0.0.1:6379/0'),
  REDIS_KEY_PREFIX: z.string().default('mpb:'),
  TEMPORAL_ADDRESS: z.string().min(1).default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default(PROVISIONING_TASK_QUEUE),
  INTERNAL_API_TOKEN: env.secret(),
  PUBLIC_BASE_URL: z.url().default('http://localhost:8080'),
  /** A prebuilt workflow bundle (npm run build:workflow-bundle); bundled at start when absent. */
  WORKFLOW_BUNDLE_PATH: z.string().optional(),
});

export type WorkerConfig = z.infer<typeof schema>;

export function loadWorkerConfig(source: NodeJS.ProcessEnv = process.env): WorkerConfig {
  return loadConfig('workflows-worker', schema, source);
}
