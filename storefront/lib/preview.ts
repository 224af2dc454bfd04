import {
  previewTokenPattern,
  storefrontPreviewQuerySchema,
  type StorefrontPreviewQuery,
} from '@mpb/contracts';

// A preview link, as the admin app builds it for its iframe:
// https://<store host>/?preview=<token>&template=bold&primary=%23112233&accent=%23ffcc00
// The token comes from the cell API (POST /api/v1/admin/storefront/preview-token) and the
// storefront never checks it itself: it holds no secret, and the cell API answers the preview
// only for a valid, unexpired token of the Host's own store (ADR 0017).

/** The query parameters of a preview link; links inside a preview carry them on. */
export const previewParams = ['preview', 'template', 'primary', 'accent'] as const;

/** The request header in which proxy.ts hands a preview link's parameters to the pages. */
export const previewRequestHeader = 'x-mpb-preview';

export interface PreviewRequest {
  /** Not yet verified: the cell API decides. */
  token: string;
  /** The template and colours being tried; each only when well formed. */
  overrides: StorefrontPreviewQuery;
}

const overrideKeys = ['template', 'primary', 'accent'] as const;

/**
 * The preview a URL's query asks for: a well-formed token and the well-formed overrides (a
 * malformed one is dropped rather than failing the page). Undefined without a usable token.
 */
export function readPreviewRequest(params: URLSearchParams): PreviewRequest | undefined {
  const token = params.get('preview');
  if (!token || !previewTokenPattern.test(token)) return undefined;
  const overrides: StorefrontPreviewQuery = {};
  for (const key of overrideKeys) {
    const value = params.get(key);
    if (value === null) continue;
    const parsed = storefrontPreviewQuerySchema.shape[key].safeParse(value);
    if (parsed.success && parsed.data !== undefined)
      Object.assign(overrides, { [key]: parsed.data });
  }
  return { token, overrides };
}

/** The query string of a preview request, as proxy.ts passes it on and links repeat it. */
export function previewSearch(request: PreviewRequest): string {
  const params = new URLSearchParams({ preview: request.token });
  for (const key of overrideKeys) {
    const value = request.overrides[key];
    if (value) params.set(key, value);
  }
  return params.toString();
}

/** The overrides as the cell API's preview route takes them. */
export function overrideQuery(overrides: StorefrontPreviewQuery): string {
  const params = new URLSearchParams();
  for (const key of overrideKeys) {
    const value = overrides[key];
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * `href` carrying on the preview parameters of `current` (the page's own query), so a visitor
 * of a preview stays in it from page to page. Links to other sites, and every link outside a
 * preview, are left as they are.
 */
export function withPreview(href: string, current: URLSearchParams): string {
  if (!current.has('preview') || !href.startsWith('/') || href.startsWith('//')) return href;
  const hashAt = href.indexOf('#');
  const hash = hashAt >= 0 ? href.slice(hashAt) : '';
  const beforeHash = hashAt >= 0 ? href.slice(0, hashAt) : href;
  const queryAt = beforeHash.indexOf('?');
  const path = queryAt >= 0 ? beforeHash.slice(0, queryAt) : beforeHash;
  const params = new URLSearchParams(queryAt >= 0 ? beforeHash.slice(queryAt + 1) : '');
  for (const key of previewParams) {
    const value = current.get(key);
    if (value !== null) params.set(key, value);
  }
  return `${path}?${params.toString()}${hash}`;
}
