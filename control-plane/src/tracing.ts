// Imported first by main.ts so instrumentation patches http, express and pg before they load.
import { initTracing } from '@mpb/observability';

initTracing('control-plane');
