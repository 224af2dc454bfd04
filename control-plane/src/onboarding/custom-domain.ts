import type { Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import type { PublicUrls } from '../public-urls';

export interface CustomDomain {
  hostname: string;
  status: 'reserved' | 'active' | 'pending_verification' | 'failed';
}

export async function findCustomDomain(
  db: Knex,
  tenantId: string,
): Promise<CustomDomain | undefined> {
  return db('domains')
    .where({ tenant_id: tenantId, kind: 'custom' })
    .orderBy('created_at', 'desc')
    .first<CustomDomain | undefined>('hostname', 'status');
}

/**
 * Records the custom domain a merchant entered (or none), waiting for verification: it is not
 * routed until a later step verifies it. Entering another one replaces the unverified one; a
 * domain another store holds answers 409 naming `field`.
 */
export async function setCustomDomain(
  trx: Knex.Transaction,
  urls: PublicUrls,
  input: { tenantId: string; hostname: string | null; field: string },
): Promise<void> {
  const { hostname } = input;
  if (hostname !== null) {
    const platform = urls.platformDomain;
    if (hostname === platform || hostname.endsWith(`.${platform}`) || !hostname.includes('.')) {
      throw AppError.validation({
        [input.field]: `must be a domain you own (your ${platform} address works already)`,
      });
    }
  }
  await trx('domains')
    .where({ tenant_id: input.tenantId, kind: 'custom' })
    .whereNot({ status: 'active' })
    .modify((query) => {
      if (hostname !== null) void query.whereNot({ hostname });
    })
    .delete();
  if (hostname === null) return;
  await trx('domains')
    .insert({ hostname, tenant_id: input.tenantId, kind: 'custom', status: 'pending_verification' })
    .onConflict('hostname')
    .ignore();
  const holder = await trx('domains')
    .where({ hostname })
    .first<{ tenant_id: string } | undefined>('tenant_id');
  if (holder?.tenant_id !== input.tenantId) {
    throw new AppError('ALREADY_EXISTS', 'This domain is used by another store', {
      fields: { [input.field]: 'is used by another store' },
    });
  }
}
