// Links of the header's language and currency switchers: the page the shopper is on, with the
// same query (filters, search, a preview's parameters) and the one choice changed.

/** `pathname` with `query`, `name` set to `value`. */
export function switchHref(
  pathname: string,
  query: URLSearchParams,
  name: string,
  value: string,
): string {
  const params = new URLSearchParams(query);
  params.set(name, value);
  const path = pathname.startsWith('/') && !pathname.startsWith('//') ? pathname : '/';
  return `${path}?${params.toString()}`;
}

/** The query's parameters but `except`, as hidden fields of a GET form that sets `except`. */
export function carriedParams(query: URLSearchParams, except: string): [string, string][] {
  return [...query.entries()].filter(([name]) => name !== except);
}
