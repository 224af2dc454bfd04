import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface HttpMetrics {
  registry: Registry;
  requests: Counter<'method' | 'route' | 'status'>;
  duration: Histogram<'method' | 'route' | 'status'>;
}

/**
 * A registry with the process's default metrics plus HTTP request counts and latency
 * histograms labelled by route template (never the raw path, which would explode cardinality).
 */
export function createHttpMetrics(
  service: string,
  labels: Record<string, string> = {},
): HttpMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service, ...labels });
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests served, by method, route template and status code',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency, by method, route template and status code',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  return { registry, requests, duration };
}

/** Records one finished request. */
export function observeRequest(
  metrics: HttpMetrics,
  labels: { method: string; route: string; status: number },
  seconds: number,
): void {
  const values = { method: labels.method, route: labels.route, status: String(labels.status) };
  metrics.requests.inc(values);
  metrics.duration.observe(values, seconds);
}
