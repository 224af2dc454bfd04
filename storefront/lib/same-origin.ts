/**
 * Whether a form post comes from a page of this store. Browsers send Origin with every POST;
 * refusing the others keeps other sites from signing a shopper in or out (login CSRF), which
 * SameSite=Lax cookies alone do not prevent.
 */
export function isSameOriginPost(origin: string | null, host: string | null): boolean {
  if (!origin || !host) return false;
  try {
    return new URL(origin).host.toLowerCase() === host.toLowerCase();
  } catch {
    return false;
  }
}

/** A 303 to a path of this store: the browser follows it with a GET, whatever the form did. */
export function seeOther(path: string, headers: HeadersInit = {}): Response {
  return new Response(null, {
    status: 303,
    headers: { location: path, 'cache-control': 'no-store', ...headers },
  });
}
