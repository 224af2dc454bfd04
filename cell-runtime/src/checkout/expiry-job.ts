import type { Knex } from '@mpb/db';
import type { Logger } from '@mpb/observability';
import type { PeriodicJob } from '../worker/jobs';
import { releaseCheckout } from './release-checkout';

/**
 * Releases checkouts past their expiry. Stripe will not take payment on an expired session,
 * and its own `checkout.session.expired` event usually gets here first; this is the safety net
 * for when that event is late or lost. The grace period keeps clear of a payment in flight.
 */
export function checkoutExpiryJob(
  db: Knex,
  logger: Logger,
  intervalMs: number,
  graceSeconds = 300,
): PeriodicJob {
  return {
    name: 'checkout-expiry',
    intervalMs,
    async run() {
      const { rows } = await db.raw<{ rows: { tenant_id: string; checkout_id: string }[] }>(
        'select * from expired_checkouts(?, ?)',
        [graceSeconds, 200],
      );
      let released = 0;
      let failed = 0;
      for (const row of rows) {
        // One checkout that cannot be released must not hold back the others.
        try {
          if (
            await releaseCheckout(db, {
              tenantId: row.tenant_id,
              checkoutId: row.checkout_id,
              status: 'expired',
              reason: 'checkout expired',
            })
          )
            released++;
        } catch (error) {
          failed++;
          logger.error(
            { err: error, tenant_id: row.tenant_id, checkout_id: row.checkout_id },
            'expired checkout not released',
          );
        }
      }
      if (released > 0 || failed > 0) logger.info({ released, failed }, 'expired checkouts swept');
    },
  };
}
