// URLs of the store being visited. Everything here starts from the request's own Host header,
// which names the store; nothing ever points at another tenant's host.

/**
 * The host as the cell API resolves the tenant from it: lower-cased, without port or trailing
 * dot (the same rule as `normaliseHost` in @mpb/routing, which this app does not import because
 * it brings a Redis client along). Two spellings that name the same store give the same value,
 * so it is what cache keys and tags are built from.
 */
export function normalizeHost(host: string): string {
  let value = host.trim().toLowerCase();
  const colon = value.lastIndexOf(':');
  if (colon !== -1 && !value.startsWith('[')) value = value.slice(0, colon);
  if (value.endsWith('.')) value = value.slice(0, -1);
  return value;
}

/**
 * `<proto>://<host>` of the visit. The protocol is the router's X-Forwarded-Proto, which it
 * always overwrites; anything other than http or https is ignored. The host keeps its port,
 * because that is how the shopper reached the store.
 */
export function storeOrigin(host: string, forwardedProto: string | null | undefined): string {
  const proto = forwardedProto?.split(',')[0]?.trim().toLowerCase();
  const scheme = proto === 'https' || proto === 'http' ? proto : 'http';
  return `${scheme}://${host.toLowerCase()}`;
}

/** Whether the visit came over https, for the Secure attribute of cookies. */
export function isHttpsOrigin(origin: string): boolean {
  return origin.startsWith('https://');
}

/**
 * The canonical URL of a page of this store: its own origin plus the path, without query or
 * fragment (filters, cursors and tracking parameters all share one canonical page). Anything
 * that does not parse as a same-origin path falls back to the home page.
 */
export function canonicalUrl(origin: string, path: string): string {
  let url: URL;
  try {
    url = new URL(path.startsWith('/') && !path.startsWith('//') ? path : '/', `${origin}/`);
  } catch {
    return `${origin}/`;
  }
  if (url.origin !== new URL(origin).origin) return `${origin}/`;
  return `${origin}${url.pathname}`;
}

/**
 * An absolute URL for something the API gave as a same-store path (`/api/v1/media/...`) or as
 * an http(s) URL (a CDN); anything else (`javascript:`, `data:`) is dropped.
 */
export function absoluteUrl(origin: string, value: string): string | undefined {
  if (value.startsWith('/') && !value.startsWith('//')) return `${origin}${value}`;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A same-store path or an http(s) URL, for `src` attributes; anything else is dropped. */
export function safeImageUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  if (value.startsWith('/') && !value.startsWith('//')) return value;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * The `srcset` the API built from its own rendition URLs, re-checked entry by entry: every URL
 * must pass `safeImageUrl` and every descriptor be a width (`640w`), or the entry is dropped.
 */
export function safeSrcSet(srcset: string): string {
  return srcset
    .split(',')
    .map((entry) => entry.trim().split(/\s+/))
    .filter(
      (parts): parts is [string, string] =>
        parts.length === 2 && /^\d{1,5}w$/.test(parts[1] ?? '') && !!safeImageUrl(parts[0]),
    )
    .map(([url, width]) => `${url} ${width}`)
    .join(', ');
}
