import type { Knex } from '@mpb/db';
import { AppError } from '@mpb/http';

export interface StoreRow {
  id: string;
  slug: string;
  name: string;
  currency: string;
  language: string;
  country: string;
  status: 'active' | 'suspended';
  live: boolean;
}

/** The current transaction's tenant (RLS shows only that one row). */
export async function currentStore(trx: Knex.Transaction): Promise<StoreRow> {
  const store = await trx<StoreRow>('tenants').first();
  if (!store) throw AppError.notFound('Store');
  return store;
}

/** Whether shoppers may see the store: published and not suspended. */
export function isOpenToPublic(store: StoreRow): boolean {
  return store.live && store.status === 'active';
}

/**
 * Who a public read is for: any shopper, or the store's staff previewing it with a valid
 * preview token (storefront/preview-access.ts).
 */
export type Audience = 'public' | 'preview';

/** Whether the store's public pages show for `audience`: a preview shows it before it is live. */
export function isVisibleTo(store: StoreRow, audience: Audience): boolean {
  return audience === 'preview' ? store.status === 'active' : isOpenToPublic(store);
}
