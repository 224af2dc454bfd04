import { withTenant, type Knex } from '@mpb/db';
import type { EventHandler } from '../events';

export interface FreshnessOptions {
  db: Knex;
  /** This cell's storefront, e.g. http://127.0.0.1:4201. */
  storefrontUrl: string;
  /** STOREFRONT_REVALIDATE_TOKEN, shared with the storefront. */
  token: string;
  timeoutMs?: number;
}

/** What the storefront's `POST /internal/revalidate` takes. */
export interface RevalidateRequest {
  tenantId: string;
  hosts: string[];
  productHandles: string[];
}

/**
 * Keeps the storefront's cached catalog pages fresh: a product created, changed or deleted
 * makes the cell's storefront drop that store's cached pages (under every host of the store),
 * through its authenticated revalidation endpoint. A storefront that cannot be reached fails
 * the event, which the stream retries; its pages also expire on their own after a while.
 */
export function storefrontFreshness(options: FreshnessOptions): EventHandler {
  return {
    name: 'storefront-freshness',
    types: ['ProductCreated', 'ProductUpdated', 'ProductDeleted'],
    async handle(event) {
      const hosts = await withTenant(options.db, event.tenantId, (trx) =>
        trx('tenant_domains').orderBy('hostname').pluck<string[]>('hostname'),
      );
      if (hosts.length === 0) return; // the store has left the cell
      const handle = event.payload.handle;
      const body: RevalidateRequest = {
        tenantId: event.tenantId,
        hosts,
        productHandles: typeof handle === 'string' ? [handle] : [],
      };
      const response = await fetch(new URL('/internal/revalidate', options.storefrontUrl), {
        method: 'POST',
        headers: {
          authorization: `Bearer ${options.token}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(options.timeoutMs ?? 5_000),
      });
      if (!response.ok) {
        throw new Error(`storefront revalidation answered ${response.status}`);
      }
    },
  };
}
