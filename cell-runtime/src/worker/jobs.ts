import type { Knex } from '@mpb/db';
import type { Logger } from '@mpb/observability';
import { sessionRollupJob } from '../analytics/rollup-job';
import { checkoutExpiryJob } from '../checkout/expiry-job';
import { searchBackfillJob } from '../search/indexer';
import type { CellWorkerConfig } from './config';

export interface PeriodicJob {
  name: string;
  intervalMs: number;
  run(): Promise<void>;
}

/**
 * Jobs the worker runs on a timer: indexing what search missed, releasing expired checkouts,
 * folding finished days of storefront sessions into counters.
 */
export function periodicJobs(deps: {
  db: Knex;
  config: CellWorkerConfig;
  logger: Logger;
}): PeriodicJob[] {
  return [
    searchBackfillJob(deps.db, deps.logger),
    checkoutExpiryJob(deps.db, deps.logger, deps.config.CHECKOUT_SWEEP_INTERVAL_MS),
    sessionRollupJob(deps.db, deps.logger),
  ];
}

/** Runs each job on its interval, never two runs of one job at once. */
export function startPeriodicJobs(deps: { db: Knex; config: CellWorkerConfig; logger: Logger }): {
  stop(): Promise<void>;
} {
  const timers: NodeJS.Timeout[] = [];
  const running = new Set<Promise<void>>();
  for (const job of periodicJobs(deps)) {
    let busy = false;
    timers.push(
      setInterval(() => {
        if (busy) return;
        busy = true;
        const run = job
          .run()
          .catch((error: unknown) =>
            deps.logger.warn({ err: error, job: job.name }, 'periodic job failed'),
          )
          .finally(() => {
            busy = false;
            running.delete(run);
          });
        running.add(run);
      }, job.intervalMs),
    );
  }
  return {
    async stop() {
      for (const timer of timers) clearInterval(timer);
      await Promise.all(running);
    },
  };
}
