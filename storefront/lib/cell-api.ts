import {
  errorBodySchema,
  handleSchema,
  publicCollectionSchema,
  publicProductPageSchema,
  publicProductSchema,
  searchResultSchema,
  storefrontConfigSchema,
  storefrontPreviewSchema,
  toStorefrontTemplate,
  type DisplayCurrency,
  type ImageView,
  type PublicProduct,
  type StorefrontConfig,
  type StorefrontPreview,
  type StorefrontTemplate,
} from '@mpb/contracts';
import { z } from 'zod';
import type { CellApiConfig } from './cell-api-config';
import { getJson, type Lookup, type Parser } from './http-json';
import { defaultLanguage, resolveLanguage, type Language } from './i18n';
import type { Money } from './money';
import { overrideQuery, type PreviewRequest } from './preview';
import { safeImageUrl, safeSrcSet } from './store-url';
import type { Theme } from './theme';

export { CellApiError, type CellApiErrorCode, type Lookup } from './http-json';

/** The visitor's request as the cell API needs it: the Host header names the store. */
export interface RequestContext {
  host: string;
  /** The router's correlation id, passed on so one visit can be followed across services. */
  correlationId?: string | undefined;
  /** The shopper's address (the router's X-Forwarded-For), for the API's per-address limits. */
  forwardedFor?: string | undefined;
  /**
   * A preview token the cell API accepted for this store: catalog reads carry it, so a store
   * being previewed shows its products before it is live. Only set once the store was found
   * through `getPreviewStore`.
   */
  previewToken?: string | undefined;
  /**
   * The shopper's language when it is not the store's own: product reads ask for it (`?lang=`)
   * and get the merchant's translation where there is one. Search and collections stay in the
   * store's language. Set by `getCatalogContext`; every cached read's key carries it.
   */
  contentLanguage?: Language | undefined;
}

export interface Store {
  name: string;
  slug: string;
  live: boolean;
  /**
   * The language this visit is shown in: as the cell API answers, the store's own; once the
   * visit is known (`current-store.ts`), the shopper's choice among `languages`.
   */
  language: Language;
  /** The store's own language (when we translate it, otherwise the default). */
  storeLanguage: Language;
  /** Languages the store offers shoppers, its own first. */
  languages: Language[];
  /** The URL's `?lang=` chose `language`: canonical and alternate URLs then keep it. */
  languageInUrl: boolean;
  /** The currency the store sells and charges in. */
  currency: string;
  /** Currencies the store shows approximate prices in, at its own manual rates. */
  displayCurrencies: DisplayCurrency[];
  /** The one this shopper chose, or null: prices in `currency` only. */
  displayCurrency: DisplayCurrency | null;
  /** ISO 3166-1 alpha-2: the default shipping country in the cart. */
  country: string;
  /** Which presentation the pages use (`default` and unknown ids are `classic`). */
  template: StorefrontTemplate;
  theme: Theme;
  /**
   * Set when this visit is a preview the cell API accepted (a valid token for this store): the
   * store shows even if it is not live, with the template and colours being tried.
   */
  preview: { expiresAt: string } | null;
}

export interface ProductImage {
  /** A same-store path or an http(s) URL; checked before it reaches an attribute. */
  url: string;
  srcset: string;
  alt: string;
  width: number;
  height: number;
}

export interface OptionAxis {
  name: string;
  values: string[];
}

export interface ProductSummary {
  handle: string;
  title: string;
  price: Money;
  /** The crossed-out "was" price, only when it is above the price. */
  compareAtPrice: Money | null;
  available: boolean;
  image: ProductImage | null;
  tags: string[];
  optionAxes: OptionAxis[];
}

export interface ProductPage {
  items: ProductSummary[];
  nextCursor: string | null;
}

export interface Variant {
  id: string;
  price: Money;
  /** The product's "was" price when it is above this variant's price. */
  compareAtPrice: Money | null;
  available: boolean;
  /** Axis name to value, e.g. { size: 'M', colour: 'blue' }. */
  options: Record<string, string>;
}

export interface Product extends ProductSummary {
  id: string;
  /** Sanitised HTML from the API; render it with `RichText`, never as raw HTML. */
  descriptionHtml: string;
  seoTitle: string | null;
  seoDescription: string | null;
  variants: Variant[];
  images: ProductImage[];
}

export interface Collection {
  handle: string;
  title: string;
  descriptionHtml: string;
  /** The collection's own order, used when the shopper picks none. */
  sort: string;
  seoTitle: string | null;
  seoDescription: string | null;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface SearchFacets {
  tags: FacetCount[];
  options: { name: string; values: FacetCount[] }[];
  /** Lowest and highest price among the matches, in minor units of the store's currency. */
  price: { min: number | null; max: number | null };
  availability: { inStock: number; outOfStock: number };
}

export interface SearchResult {
  items: ProductSummary[];
  total: number;
  facets: SearchFacets;
  nextCursor: string | null;
}

export interface ListingRequest {
  collection?: string | undefined;
  /** Filter parameters as the API takes them (see `apiFilterParams`). */
  filters?: Record<string, string> | undefined;
  sort?: string | undefined;
  cursor?: string | undefined;
  limit: number;
}

export interface SearchRequest {
  q: string;
  filters?: Record<string, string> | undefined;
  cursor?: string | undefined;
  limit: number;
}

/** Reads of the cell API, always on behalf of the store named by the visitor's Host header. */
export interface CellApi {
  getStore(context: RequestContext): Promise<Lookup<Store>>;
  /**
   * The store as its preview shows it; not found when the token is not valid for this store
   * (another store's, expired, altered), exactly as when there is no store.
   */
  getPreviewStore(context: RequestContext, preview: PreviewRequest): Promise<Lookup<Store>>;
  /** Published products, filtered and sorted; not found when the store (or collection) is not. */
  listProducts(context: RequestContext, request: ListingRequest): Promise<Lookup<ProductPage>>;
  getProduct(context: RequestContext, handle: string): Promise<Lookup<Product>>;
  listCollections(context: RequestContext): Promise<Lookup<Collection[]>>;
  getCollection(context: RequestContext, handle: string): Promise<Lookup<Collection>>;
  search(context: RequestContext, request: SearchRequest): Promise<Lookup<SearchResult>>;
}

type StorefrontProduct = PublicProduct;
const collectionListSchema = z.object({ items: z.array(publicCollectionSchema) });

export function createCellApi(config: CellApiConfig): CellApi {
  function get<T>(context: RequestContext, path: string, parser: Parser<T>): Promise<Lookup<T>> {
    return getJson(new URL(path, config.baseUrl), parser, {
      host: context.host,
      correlationId: context.correlationId,
      forwardedFor: context.forwardedFor,
      previewToken: context.previewToken,
      timeoutMs: config.timeoutMs,
      isNotFound: isNotFoundBody,
    });
  }

  return {
    async getStore(context) {
      const result = await get(context, '/api/v1/storefront/config', storefrontConfigSchema);
      return result.found ? { found: true, value: toStore(result.value) } : result;
    },

    async getPreviewStore(context, preview) {
      const path = `/api/v1/storefront/preview${overrideQuery(preview.overrides)}`;
      const result = await get(
        { ...context, previewToken: preview.token },
        path,
        storefrontPreviewSchema,
      );
      return result.found ? { found: true, value: toStore(result.value) } : result;
    },

    async listProducts(context, request) {
      const query = new URLSearchParams({ limit: String(request.limit) });
      if (request.collection) query.set('collection', request.collection);
      for (const [name, value] of Object.entries(request.filters ?? {})) query.set(name, value);
      if (request.sort) query.set('sort', request.sort);
      if (request.cursor) query.set('cursor', request.cursor);
      if (context.contentLanguage) query.set('lang', context.contentLanguage);
      const result = await get(context, `/api/v1/products?${query}`, publicProductPageSchema);
      if (!result.found) return result;
      return {
        found: true,
        value: { items: result.value.items.map(toSummary), nextCursor: result.value.nextCursor },
      };
    },

    async getProduct(context, handle) {
      // A handle the API could never have issued is not worth a round trip (and would be a 400).
      if (!isCanonicalHandle(handle)) return { found: false };
      const lang = context.contentLanguage
        ? `?lang=${encodeURIComponent(context.contentLanguage)}`
        : '';
      const path = `/api/v1/products/${encodeURIComponent(handle)}${lang}`;
      const result = await get(context, path, publicProductSchema);
      return result.found ? { found: true, value: toProduct(result.value) } : result;
    },

    async listCollections(context) {
      const result = await get(context, '/api/v1/collections', collectionListSchema);
      return result.found ? { found: true, value: result.value.items.map(toCollection) } : result;
    },

    async getCollection(context, handle) {
      if (!isCanonicalHandle(handle)) return { found: false };
      const path = `/api/v1/collections/${encodeURIComponent(handle)}`;
      const result = await get(context, path, publicCollectionSchema);
      return result.found ? { found: true, value: toCollection(result.value) } : result;
    },

    async search(context, request) {
      const query = new URLSearchParams({ q: request.q, limit: String(request.limit) });
      for (const [name, value] of Object.entries(request.filters ?? {})) query.set(name, value);
      if (request.cursor) query.set('cursor', request.cursor);
      const result = await get(context, `/api/v1/search?${query}`, searchResultSchema);
      if (!result.found) return result;
      const { items, total, facets, nextCursor } = result.value;
      return { found: true, value: { items: items.map(toSummary), total, nextCursor, facets } };
    },
  };
}

export function isCanonicalHandle(handle: string): boolean {
  const parsed = handleSchema.safeParse(handle);
  return parsed.success && parsed.data === handle;
}

/** Only the API's own NOT_FOUND body means "nothing here"; any other 404 is a misrouted call. */
export function isNotFoundBody(body: unknown): boolean {
  const parsed = errorBodySchema.safeParse(body);
  return parsed.success && parsed.data.error.code === 'NOT_FOUND';
}

function toStore(config: StorefrontConfig | StorefrontPreview): Store {
  const storeLanguage = resolveLanguage(config.language) ?? defaultLanguage;
  const offered = config.languages.flatMap((tag) => resolveLanguage(tag) ?? []);
  return {
    name: config.name,
    slug: config.slug,
    live: config.live,
    language: storeLanguage,
    storeLanguage,
    languages: [storeLanguage, ...new Set(offered.filter((tag) => tag !== storeLanguage))],
    languageInUrl: false,
    currency: config.currency,
    displayCurrencies: config.displayCurrencies.filter(
      (entry) => entry.currency !== config.currency,
    ),
    displayCurrency: null,
    country: config.country,
    template: toStorefrontTemplate(config.template),
    theme: {
      primaryColor: config.theme.primaryColor,
      accentColor: config.theme.accentColor,
      logoUrl: safeImageUrl(config.theme.logoUrl),
    },
    preview: 'preview' in config ? { expiresAt: config.preview.expiresAt } : null,
  };
}

/** Whether a page shows the store: live, or in a preview the cell API accepted. */
export function isShown(store: Store): boolean {
  return store.live || store.preview !== null;
}

function toImage(image: ImageView): ProductImage | null {
  const url = safeImageUrl(image.url);
  if (!url) return null;
  return {
    url,
    srcset: safeSrcSet(image.srcset),
    alt: image.alt,
    width: image.width,
    height: image.height,
  };
}

function toImages(product: StorefrontProduct): ProductImage[] {
  return product.images.flatMap((image) => toImage(image) ?? []);
}

function compareAt(product: PublicProduct, price: number): Money | null {
  return product.compareAtPrice !== null && product.compareAtPrice > price
    ? { amountMinor: product.compareAtPrice, currency: product.currency }
    : null;
}

function toSummary(product: StorefrontProduct): ProductSummary {
  return {
    handle: product.handle,
    title: product.title,
    price: { amountMinor: product.price, currency: product.currency },
    compareAtPrice: compareAt(product, product.price),
    available: product.available,
    image: toImages(product)[0] ?? null,
    tags: product.tags,
    optionAxes: product.optionAxes,
  };
}

function toProduct(product: StorefrontProduct): Product {
  return {
    ...toSummary(product),
    id: product.id,
    descriptionHtml: product.description,
    seoTitle: product.seoTitle,
    seoDescription: product.seoDescription,
    images: toImages(product),
    variants: product.variants.map((variant) => ({
      id: variant.id,
      price: { amountMinor: variant.price, currency: product.currency },
      compareAtPrice: compareAt(product, variant.price),
      available: variant.available,
      options: variant.options,
    })),
  };
}

function toCollection(collection: z.infer<typeof publicCollectionSchema>): Collection {
  return {
    handle: collection.handle,
    title: collection.title,
    descriptionHtml: collection.description,
    sort: collection.sort,
    seoTitle: collection.seoTitle,
    seoDescription: collection.seoDescription,
  };
}
