// Imported first by main.ts so instrumentation patches http and ioredis before they load.
import { initTracing } from '@mpb/observability';

initTracing('router');
