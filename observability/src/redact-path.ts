/**
 * Path segments that are credentials: whoever holds a cart id can read and change the cart,
 * so it never goes into a log line. Query strings (sign-in and order-status tokens) are
 * dropped by the callers before logging.
 */
const secretSegments: [RegExp, string][] = [[/(\/api\/v1\/carts\/)[^/]+/, '$1:cartId']];

/** The request path as access logs may keep it. */
export function redactPath(path: string): string {
  let redacted = path.split('?')[0] ?? '';
  for (const [pattern, replacement] of secretSegments)
    redacted = redacted.replace(pattern, replacement);
  return redacted;
}
