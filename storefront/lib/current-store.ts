import { cookies, headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { readCellApiConfig } from './cell-api-config';
import {
  createCellApi,
  type CellApi,
  type Lookup,
  type RequestContext,
  type Store,
} from './cell-api';
import { negotiateLanguage, type Language } from './i18n';
import { previewRequestHeader, readPreviewRequest, type PreviewRequest } from './preview';
import {
  choosePreferences,
  preferenceRequestHeader,
  readPreferenceCookies,
  readPreferenceQuery,
} from './shopper-preferences';
import { storeOrigin } from './store-url';

// Request-scoped glue between Next and the cell API. Everything here is wrapped in React's
// `cache`, which lives for one request only: the layout, metadata and page of a visit share one
// read per resource, and nothing is ever shared between tenants. The store's configuration is
// read on every request on purpose (it says whether the store is live, and publishing must show
// at once); catalog reads that outlive a request are in catalog.ts.

let cellApi: CellApi | undefined;
export function getCellApi(): CellApi {
  cellApi ??= createCellApi(readCellApiConfig(process.env));
  return cellApi;
}

// A hostname with an optional port; anything else cannot name a store, and Node would refuse to
// send some of it as a header anyway.
const hostPattern = /^[a-z0-9](?:[a-z0-9.-]{0,252})(?::\d{1,5})?$/i;
// The same rule the cell API applies to the correlation id it accepts.
const correlationIdPattern = /^[A-Za-z0-9._:-]{1,128}$/;
// The router writes one address; a list is possible behind further proxies.
const forwardedForPattern = /^[0-9a-fA-F.:, ]{1,200}$/;

export interface VisitContext extends RequestContext {
  /** `<proto>://<host>` of this visit, for canonical and absolute URLs. */
  origin: string;
}

/**
 * The visitor's Host header, which the router passes through unchanged. X-Forwarded-Host is
 * deliberately not consulted: a client can set it.
 */
export const getRequestContext = cache(async (): Promise<VisitContext | undefined> => {
  const incoming = await headers();
  const host = incoming.get('host');
  if (!host || !hostPattern.test(host)) return undefined;
  const correlationId = incoming.get('x-correlation-id');
  const forwardedFor = incoming.get('x-forwarded-for');
  return {
    host,
    origin: storeOrigin(host, incoming.get('x-forwarded-proto')),
    correlationId:
      correlationId && correlationIdPattern.test(correlationId) ? correlationId : undefined,
    forwardedFor: forwardedFor && forwardedForPattern.test(forwardedFor) ? forwardedFor : undefined,
  };
});

/** The context of a page that has already found its store (so the host is known to be valid). */
export async function requireRequestContext(): Promise<VisitContext> {
  const context = await getRequestContext();
  if (!context) notFound();
  return context;
}

/** The preview link this visit came with (proxy.ts hands its parameters over), if any. */
const getPreviewRequest = cache(async (): Promise<PreviewRequest | undefined> => {
  const passed = (await headers()).get(previewRequestHeader);
  return passed ? readPreviewRequest(new URLSearchParams(passed)) : undefined;
});

/**
 * The store of this visit. A preview link asks the cell API for the preview first; a token the
 * API does not accept for this store (another store's, expired, altered) falls back to what
 * every visitor sees, so it never shows more than the store's own public pages.
 */
const loadStore = cache(async (): Promise<Lookup<Store>> => {
  const context = await getRequestContext();
  if (!context) return { found: false };
  const preview = await getPreviewRequest();
  if (preview) {
    const previewed = await getCellApi().getPreviewStore(context, preview);
    if (previewed.found) return { found: true, value: await withVisitorChoices(previewed.value) };
  }
  const result = await getCellApi().getStore(context);
  return result.found ? { found: true, value: await withVisitorChoices(result.value) } : result;
});

/**
 * The store as this visitor sees it: in the language and display currency they chose (the URL,
 * then their cookies, then Accept-Language), among those the store offers. The cell API's
 * answer is the same for every shopper; only this request-scoped copy differs.
 */
async function withVisitorChoices(store: Store): Promise<Store> {
  const incoming = await headers();
  const jar = await cookies();
  const chosen = choosePreferences(
    { ...store, language: store.storeLanguage },
    {
      url: readPreferenceQuery(new URLSearchParams(incoming.get(preferenceRequestHeader) ?? '')),
      cookies: readPreferenceCookies((name) => jar.get(name)?.value),
      acceptLanguage: incoming.get('accept-language'),
    },
  );
  return { ...store, ...chosen };
}

/**
 * The context for catalog reads: in a preview the cell API accepted, it carries the token, so
 * the store's products show before it is live (and catalog.ts keeps those reads out of the
 * shared data cache); when the shopper reads the store in another of its languages, it carries
 * that language, so products come in their translation where the merchant wrote one.
 */
export const getCatalogContext = cache(async (): Promise<VisitContext | undefined> => {
  const context = await getRequestContext();
  if (!context) return undefined;
  const outcome = await settleStore();
  if (outcome.kind !== 'store') return context;
  const { store } = outcome;
  const contentLanguage = store.language !== store.storeLanguage ? store.language : undefined;
  const preview = await getPreviewRequest();
  if (store.preview && preview) return { ...context, previewToken: preview.token, contentLanguage };
  return { ...context, contentLanguage };
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

/**
 * The store of a page's metadata when it is live and this is no preview, else undefined
 * (metadata stays minimal: no canonical URL or Open Graph for a page nobody should share).
 */
export async function liveStoreForMetadata(): Promise<
  { store: Store; context: VisitContext } | undefined
> {
  const outcome = await settleStore();
  const context = await getRequestContext();
  if (outcome.kind !== 'store' || !outcome.store.live || outcome.store.preview || !context) {
    return undefined;
  }
  return { store: outcome.store, context };
}

/** The visitor's preferred language, for pages that have no store to take it from. */
export async function getVisitorLanguage(): Promise<Language> {
  return negotiateLanguage((await headers()).get('accept-language'));
}
