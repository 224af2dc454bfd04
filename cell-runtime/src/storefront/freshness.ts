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
  /** Drop every cached read of the store (its pages and settings show on every page). */
  all?: boolean;
}

/** Order events that change what a product page shows as available (stock held, sold, back). */
const stockEvents = [
  'OrderCreated',
  'PaymentConfirmed',
  'OrderCancelled',
  'OrderRefunded',
] as const;

/**
 * Keeps the storefront's cached catalog pages fresh: a product created, changed or deleted, or
 * its stock held, sold or given back by an order, makes the cell's storefront drop those
 * products' cached pages (under every host of the store) through its authenticated
 * revalidation endpoint. A storefront that cannot be reached fails the event, which the stream
 * retries; its pages also expire on their own after a while.
 */
export function storefrontFreshness(options: FreshnessOptions): EventHandler {
  return {
    name: 'storefront-freshness',
    types: [
      'ProductCreated',
      'ProductUpdated',
      'ProductDeleted',
      ...stockEvents,
      'StoreContentChanged',
    ],
    async handle(event) {
      const { hosts, handles } = await withTenant(options.db, event.tenantId, async (trx) => ({
        hosts: await trx('tenant_domains').orderBy('hostname').pluck<string[]>('hostname'),
        handles: (stockEvents as readonly string[]).includes(event.type)
          ? await trx('order_items as i')
              .join('products as p', 'p.id', 'i.product_id')
              .where('i.order_id', String(event.payload.orderId))
              .distinct()
              .orderBy('p.handle')
              .pluck<string[]>('p.handle')
          : [event.payload.handle, event.payload.previousHandle].filter(
              (handle): handle is string => typeof handle === 'string',
            ),
      }));
      const all = event.type === 'StoreContentChanged';
      // Gone from the cell, or nothing shown.
      if (hosts.length === 0 || (handles.length === 0 && !all)) return;
      const body: RevalidateRequest = all
        ? { tenantId: event.tenantId, hosts, productHandles: [], all: true }
        : { tenantId: event.tenantId, hosts, productHandles: handles };
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
