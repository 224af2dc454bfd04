// Next.js calls register() once when the server starts: the admin's operations listener
// (metrics, health, readiness) runs beside it on OPS_PORT, like every other service's.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || !process.env.OPS_PORT) return;
  const { createHttpMetrics } = await import('@mpb/observability/metrics');
  const { startOpsServer } = await import('@mpb/observability/ops-server');
  // The admin renders in the browser and calls the APIs from there: being up is being ready.
  await startOpsServer({
    port: Number(process.env.OPS_PORT),
    registry: createHttpMetrics('admin').registry,
  });
}
