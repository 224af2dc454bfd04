/**
 * The `next` of a sign-in link as a path of this store, or undefined when it could lead anywhere
 * else. `//evil.example` and `/\evil.example` are read by browsers as other hosts, control
 * characters are stripped by browsers and can hide either, and an absolute URL is another site:
 * all are refused, so signing in can never become an open redirect.
 */
export function safeReturnPath(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (value.length === 0 || value.length > 512) return undefined;
  if (!value.startsWith('/') || value.startsWith('//')) return undefined;
  if (value.includes('\\')) return undefined;
  if ([...value].some((character) => character.charCodeAt(0) < 0x20 || character === '\u007f'))
    return undefined;
  // Resolve against a placeholder origin: whatever the browser would make of it must stay there.
  const base = 'https://store.invalid';
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return undefined;
  }
  if (url.origin !== base) return undefined;
  return `${url.pathname}${url.search}${url.hash}`;
}
