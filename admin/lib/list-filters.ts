import type { z } from 'zod';

/** Filters of a list page as the URL keeps them: absent keys are unset. */
export type Filters<K extends string> = Partial<Record<K, string>>;

/**
 * Reads a list page's filters from its query string, keeping only the keys it knows and only
 * values the API's own query schema accepts: a hand-edited or stale link shows the list
 * unfiltered on that key rather than an error.
 */
export function filtersFromSearch<K extends string>(
  search: URLSearchParams | string,
  fields: Readonly<Record<K, z.ZodType>>,
): Filters<K> {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: Filters<K> = {};
  for (const key of Object.keys(fields) as K[]) {
    const raw = params.get(key)?.trim();
    if (!raw) continue;
    if (fields[key].safeParse(raw).success) filters[key] = raw;
  }
  return filters;
}

/**
 * The query string for a set of filters: empty values are left out and keys are sorted, so the
 * same filters always give the same URL (and the browser history no duplicate entries).
 */
export function searchFromFilters(filters: Readonly<Record<string, string | undefined>>): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(filters).sort()) {
    const value = filters[key]?.trim();
    if (value) params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** An API query string from filters plus paging: the same rules, with numbers allowed. */
export function apiQuery(values: Readonly<Record<string, string | number | undefined>>): string {
  return searchFromFilters(
    Object.fromEntries(
      Object.entries(values).map(([key, value]) => [
        key,
        value === undefined ? undefined : String(value),
      ]),
    ),
  );
}
