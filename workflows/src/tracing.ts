// Imported first by main.ts so instrumentation patches http, pg and ioredis before they load.
import { initTracing } from '@mpb/observability';

initTracing('workflows-worker');
