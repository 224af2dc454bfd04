import { createHttpMetrics } from '@mpb/observability/metrics';
import { startOpsServer } from '@mpb/observability/ops-server';
import { readCellApiConfig } from './cell-api-config';

/**
 * Starts `/metrics` (process metrics, labelled with the cell), `/healthz` and `/readyz` on
 * OPS_PORT. Ready means the cell API answers: without it no page can render.
 */
export async function startStorefrontOps(env: Record<string, string | undefined>): Promise<void> {
  if (!env.OPS_PORT) return;
  const { baseUrl, timeoutMs } = readCellApiConfig(env);
  const metrics = createHttpMetrics('storefront', env.CELL_ID ? { cell_id: env.CELL_ID } : {});
  await startOpsServer({
    port: Number(env.OPS_PORT),
    registry: metrics.registry,
    readiness: {
      cellApi: async () => {
        const response = await fetch(new URL('/api/v1/openapi.json', baseUrl), {
          signal: AbortSignal.timeout(timeoutMs),
        });
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`cell API answered ${response.status}`);
      },
    },
  });
}
