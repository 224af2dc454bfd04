// Next.js calls register() once when the server starts: the storefront's operations listener
// (metrics, health, readiness) runs beside it on OPS_PORT, like every other service's.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startStorefrontOps } = await import('./lib/ops');
  await startStorefrontOps(process.env);
}
