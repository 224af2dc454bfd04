import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { readCellApiConfig } from './cell-api-config';
import {
  createCellApi,
  type CellApi,
  type Lookup,
  type Product,
  type ProductPage,
  type RequestContext,
  type Store,
} from './cell-api';
import { negotiateLanguage, type Language } from './i18n';

// Request-scoped glue between Next and the cell API. Everything here is wrapped in React's
// `cache`, which lives for one request only: the layout, metadata and page of a visit share one
// read per resource, and nothing is ever shared between tenants.

let cellApi: CellApi | undefined;
function getCellApi(): CellApi {
  cellApi ??= createCellApi(readCellApiConfig(process.env));
  return cellApi;
}

// A hostname with an optional port; anything else cannot name a store, and Node would refuse to
// send some of it as a header anyway.
const hostPattern = /^[a-z0-9](?:[a-z0-9.-]{0,252})(?::\d{1,5})?$/i;
// The same rule the cell API applies to the correlation id it accepts.
const correlationIdPattern = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The visitor's Host header, which the router passes through unchanged. X-Forwarded-Host is
 * deliberately not consulted: a client can set it.
 */
const getRequestContext = cache(async (): Promise<RequestContext | undefined> => {
  const incoming = await headers();
  const host = incoming.get('host');
  if (!host || !hostPattern.test(host)) return undefined;
  const correlationId = incoming.get('x-correlation-id');
  return {
    host,
    correlationId:
      correlationId && correlationIdPattern.test(correlationId) ? correlationId : undefined,
  };
});

const loadStore = cache(async (): Promise<Lookup<Store>> => {
  const context = await getRequestContext();
  if (!context) return { found: false };
  return getCellApi().getStore(context);
});

export type StoreOutcome =
  { kind: 'store'; store: Store } | { kind: 'missing' } | { kind: 'unavailable'; error: unknown };

/**
 * The store of this request without throwing, for the layout, metadata and not-found page, which
 * must still render when the cell API is down. Pages use `requireStore` so that the same (cached)
 * failure reaches error.tsx.
 */
export async function settleStore(): Promise<StoreOutcome> {
  try {
    const result = await loadStore();
    return result.found ? { kind: 'store', store: result.value } : { kind: 'missing' };
  } catch (error) {
    return { kind: 'unavailable', error };
  }
}

/** The store of this request; an unknown host renders not-found.tsx with a 404. */
export async function requireStore(): Promise<Store> {
  const result = await loadStore();
  if (!result.found) notFound();
  return result.value;
}

export const loadProducts = cache(
  async (cursor: string | undefined, limit: number): Promise<Lookup<ProductPage>> => {
    const context = await getRequestContext();
    if (!context) return { found: false };
    return getCellApi().listProducts(context, { cursor, limit });
  },
);

export const loadProduct = cache(async (handle: string): Promise<Lookup<Product>> => {
  const context = await getRequestContext();
  if (!context) return { found: false };
  return getCellApi().getProduct(context, handle);
});

/** The visitor's preferred language, for pages that have no store to take it from. */
export async function getVisitorLanguage(): Promise<Language> {
  return negotiateLanguage((await headers()).get('accept-language'));
}
