import { createHash } from 'node:crypto';
import type { StorefrontEventBody } from '@mpb/contracts';
import { withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { currentStore, isOpenToPublic } from '../catalog/store';
import { storeTimeZone } from '../notifications/format';

/**
 * The stored form of a browser's session id: 16 bytes of SHA-256 over the store and the id, so
 * the same browser cannot be linked across stores and the raw id is never kept.
 */
export function sessionHash(tenantId: string, sessionId: string): Buffer {
  return createHash('sha256').update(`${tenantId}:${sessionId}`).digest().subarray(0, 16);
}

/**
 * Counts one storefront beacon on the store's calendar day (its country's time zone): one more
 * of its type in `storefront_event_days`, and its session in that day's distinct sessions.
 * Nothing else of the beacon is kept (no path, product, address or user agent). A store that is
 * not open to the public counts nothing and answers 404, like its catalog.
 */
export async function recordStorefrontEvent(
  db: Knex,
  input: { tenantId: string; body: StorefrontEventBody },
): Promise<void> {
  const { tenantId, body } = input;
  await withTenant(db, tenantId, async (trx) => {
    const store = await currentStore(trx);
    if (!isOpenToPublic(store)) throw AppError.notFound('Store');
    await trx.raw(
      `with today as (select (now() at time zone ?)::date as day),
       counted as (
         insert into storefront_event_days (tenant_id, day, type, count)
         select ?, day, ?, 1 from today
         on conflict (tenant_id, day, type) do update set count = storefront_event_days.count + 1
       )
       insert into storefront_sessions (tenant_id, day, session_hash)
       select ?, day, ? from today
       on conflict do nothing`,
      [
        storeTimeZone(store.country),
        tenantId,
        body.type,
        tenantId,
        sessionHash(tenantId, body.sessionId),
      ],
    );
  });
}
