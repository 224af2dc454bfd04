import {
  errorBodySchema,
  handleSchema,
  publicProductPageSchema,
  publicProductSchema,
  storefrontConfigSchema,
  type PublicProduct,
  type StorefrontConfig,
} from '@mpb/contracts';
import type { CellApiConfig } from './cell-api-config';
import { getJson, type Lookup, type Parser } from './http-get-json';
import { defaultLanguage, resolveLanguage, type Language } from './i18n';
import type { Money } from './money';
import type { Theme } from './theme';

export { CellApiError, type CellApiErrorCode, type Lookup } from './http-get-json';

/** The visitor's request as the cell API needs it: the Host header names the store. */
export interface RequestContext {
  host: string;
  /** The router's correlation id, passed on so one visit can be followed across services. */
  correlationId?: string;
}

export interface Store {
  name: string;
  slug: string;
  live: boolean;
  /** The store's language when we translate it, otherwise the default. */
  language: Language;
  currency: string;
  theme: Theme;
}

export interface ProductSummary {
  handle: string;
  title: string;
  price: Money;
  available: boolean;
}

export interface ProductPage {
  items: ProductSummary[];
  nextCursor: string | null;
}

export interface Variant {
  id: string;
  price: Money;
  available: boolean;
  options: { name: string; value: string }[];
}

export interface Product extends ProductSummary {
  id: string;
  /** The description split into paragraphs, one per non-empty line; plain text, never HTML. */
  paragraphs: string[];
  variants: Variant[];
}

/** Reads of the cell API, always on behalf of the store named by the visitor's Host header. */
export interface CellApi {
  getStore(context: RequestContext): Promise<Lookup<Store>>;
  /** Published products, newest first; not found when the store is unknown or not live. */
  listProducts(
    context: RequestContext,
    page: { cursor?: string | undefined; limit: number },
  ): Promise<Lookup<ProductPage>>;
  getProduct(context: RequestContext, handle: string): Promise<Lookup<Product>>;
}

export function createCellApi(config: CellApiConfig): CellApi {
  function get<T>(context: RequestContext, path: string, parser: Parser<T>): Promise<Lookup<T>> {
    return getJson(new URL(path, config.baseUrl), parser, {
      host: context.host,
      correlationId: context.correlationId,
      timeoutMs: config.timeoutMs,
      isNotFound: isNotFoundBody,
    });
  }

  return {
    async getStore(context) {
      const result = await get(context, '/api/v1/storefront/config', storefrontConfigSchema);
      return result.found ? { found: true, value: toStore(result.value) } : result;
    },

    async listProducts(context, page) {
      const query = new URLSearchParams({ limit: String(page.limit) });
      if (page.cursor) query.set('cursor', page.cursor);
      const result = await get(context, `/api/v1/products?${query}`, publicProductPageSchema);
      if (!result.found) return result;
      return {
        found: true,
        value: { items: result.value.items.map(toSummary), nextCursor: result.value.nextCursor },
      };
    },

    async getProduct(context, handle) {
      // A handle the API could never have issued is not worth a round trip (and would be a 400).
      const parsed = handleSchema.safeParse(handle);
      if (!parsed.success || parsed.data !== handle) return { found: false };
      const path = `/api/v1/products/${encodeURIComponent(handle)}`;
      const result = await get(context, path, publicProductSchema);
      return result.found ? { found: true, value: toProduct(result.value) } : result;
    },
  };
}

/** Only the API's own NOT_FOUND body means "nothing here"; any other 404 is a misrouted call. */
function isNotFoundBody(body: unknown): boolean {
  const parsed = errorBodySchema.safeParse(body);
  return parsed.success && parsed.data.error.code === 'NOT_FOUND';
}

function toStore(config: StorefrontConfig): Store {
  return {
    name: config.name,
    slug: config.slug,
    live: config.live,
    language: resolveLanguage(config.language) ?? defaultLanguage,
    currency: config.currency,
    theme: {
      primaryColor: config.theme.primaryColor,
      accentColor: config.theme.accentColor,
      logoUrl: toSafeImageUrl(config.theme.logoUrl),
    },
  };
}

function toSummary(product: PublicProduct): ProductSummary {
  return {
    handle: product.handle,
    title: product.title,
    price: { amountMinor: product.price, currency: product.currency },
    available: product.available,
  };
}

function toProduct(product: PublicProduct): Product {
  return {
    ...toSummary(product),
    id: product.id,
    paragraphs: toParagraphs(product.description),
    variants: product.variants.map((variant) => ({
      id: variant.id,
      price: { amountMinor: variant.price, currency: product.currency },
      available: variant.available,
      options: Object.entries(variant.options).map(([name, value]) => ({ name, value })),
    })),
  };
}

function toParagraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/**
 * The logo URL is merchant input: keep only http(s) and same-site paths so a `javascript:` or
 * `data:` URL never reaches an attribute.
 */
function toSafeImageUrl(url: string | null): string | null {
  if (!url) return null;
  if (url.startsWith('/') && !url.startsWith('//')) return url;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
