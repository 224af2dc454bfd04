import { productSorts } from '@mpb/contracts';
import { currencyExponent, parseMajorAmount, toDecimalString } from './money';

// Filters of a collection or search page live in the URL query, so filtered pages can be shared,
// bookmarked and reached without JavaScript (the filter form is a plain GET form):
//
//   ?tag=summer&min=10&max=49.90&opt.size=M&opt.size=L&stock=1&sort=price_asc&cursor=…
//
// Prices in the URL are in major units, as the shopper typed them; the API gets minor units.

export type ListingSort = (typeof productSorts)[number] | 'manual';
export const listingSorts: readonly ListingSort[] = [...productSorts, 'manual'];

export interface ListingFilters {
  tag?: string;
  /** Minor units of the store's currency. */
  minPrice?: number;
  maxPrice?: number;
  /** Option axis to the values any of which a variant must have, e.g. size → [M, L]. */
  options: Record<string, string[]>;
  inStock: boolean;
  sort?: ListingSort;
}

export type SearchParams = Record<string, string | string[] | undefined>;

const optionPrefix = 'opt.';
const maxAxes = 5;
const maxValuesPerAxis = 20;
// The API refuses an `options` parameter longer than this.
const maxOptionsLength = 400;

function all(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function first(value: string | string[] | undefined): string | undefined {
  return all(value)[0];
}

/**
 * Whether an option name or value can be sent in the API's `size:M,L;colour:blue` syntax, which
 * has no escaping: one containing `:`, `;` or `,` cannot be filtered on, so it is not offered.
 */
export function isFilterableOption(text: string): boolean {
  return text.trim().length > 0 && text.length <= 80 && !/[:;,]/.test(text);
}

/** The API's `options` parameter, or undefined when nothing (or nothing expressible) is chosen. */
export function optionsParam(options: Record<string, string[]>): string | undefined {
  const parts: string[] = [];
  let length = 0;
  for (const [name, values] of Object.entries(options)) {
    const part = `${name}:${values.join(',')}`;
    if (length + part.length + 1 > maxOptionsLength) break;
    parts.push(part);
    length += part.length + 1;
  }
  return parts.length > 0 ? parts.join(';') : undefined;
}

/**
 * Reads the filters from a page's query. Anything malformed is dropped rather than sent on, so
 * a mangled link shows the unfiltered listing instead of an error.
 */
export function readListingFilters(
  params: SearchParams,
  currency: string,
  allowedSorts: readonly ListingSort[] = listingSorts,
): ListingFilters {
  const filters: ListingFilters = { options: {}, inStock: false };

  const tag = first(params.tag)?.trim().toLowerCase();
  if (tag && tag.length <= 40) filters.tag = tag;

  const minPrice = parseMajorAmount(first(params.min) ?? '', currency);
  if (minPrice !== undefined) filters.minPrice = minPrice;
  const maxPrice = parseMajorAmount(first(params.max) ?? '', currency);
  if (maxPrice !== undefined) filters.maxPrice = maxPrice;

  for (const key of Object.keys(params).sort()) {
    if (!key.startsWith(optionPrefix)) continue;
    const name = key.slice(optionPrefix.length).trim();
    if (!isFilterableOption(name) || Object.keys(filters.options).length >= maxAxes) continue;
    const values = [...new Set(all(params[key]).map((value) => value.trim()))]
      .filter(isFilterableOption)
      .slice(0, maxValuesPerAxis);
    if (values.length > 0) filters.options[name] = values;
  }

  filters.inStock = first(params.stock) === '1';

  const sort = first(params.sort);
  if (sort && (allowedSorts as readonly string[]).includes(sort)) {
    filters.sort = sort as ListingSort;
  }
  return filters;
}

/** Whether anything narrows the listing (the sort alone does not). */
export function hasActiveFilters(filters: ListingFilters): boolean {
  return (
    filters.tag !== undefined ||
    filters.minPrice !== undefined ||
    filters.maxPrice !== undefined ||
    Object.keys(filters.options).length > 0 ||
    filters.inStock
  );
}

/**
 * The page query for these filters, the inverse of `readListingFilters`: links to the next page,
 * to a sort, or to the listing without one filter are all built with it.
 */
export function listingQuery(
  filters: ListingFilters,
  currency: string,
  extra: { q?: string | undefined; cursor?: string | undefined } = {},
): URLSearchParams {
  const query = new URLSearchParams();
  if (extra.q) query.set('q', extra.q);
  if (filters.tag) query.set('tag', filters.tag);
  if (filters.minPrice !== undefined)
    query.set('min', toDecimalString({ amountMinor: filters.minPrice, currency }));
  if (filters.maxPrice !== undefined)
    query.set('max', toDecimalString({ amountMinor: filters.maxPrice, currency }));
  for (const [name, values] of Object.entries(filters.options)) {
    for (const value of values) query.append(`${optionPrefix}${name}`, value);
  }
  if (filters.inStock) query.set('stock', '1');
  if (filters.sort) query.set('sort', filters.sort);
  if (extra.cursor) query.set('cursor', extra.cursor);
  return query;
}

/** A path with the query, or the bare path when the query is empty. */
export function withQuery(path: string, query: URLSearchParams): string {
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** The query parameters the cell API takes for these filters (`/products` and `/search`). */
export function apiFilterParams(filters: ListingFilters): Record<string, string> {
  const params: Record<string, string> = {};
  if (filters.tag) params.tag = filters.tag;
  if (filters.minPrice !== undefined) params.minPrice = String(filters.minPrice);
  if (filters.maxPrice !== undefined) params.maxPrice = String(filters.maxPrice);
  const options = optionsParam(filters.options);
  if (options) params.options = options;
  if (filters.inStock) params.inStock = 'true';
  return params;
}

/** The name of the form field for one option axis. */
export function optionFieldName(axis: string): string {
  return `${optionPrefix}${axis}`;
}

/** A price in minor units as the form shows it back (major units, no grouping). */
export function priceFieldValue(amountMinor: number | undefined, currency: string): string {
  return amountMinor === undefined ? '' : toDecimalString({ amountMinor, currency });
}

/** The `step` of a price field: 0.01 for cents, 1 for currencies without minor units. */
export function priceFieldStep(currency: string): string {
  const exponent = currencyExponent(currency);
  return exponent === 0 ? '1' : `0.${'0'.repeat(exponent - 1)}1`;
}

/**
 * The `cursor` of a page query, when it is one the API could have issued (it refuses longer
 * ones); a stale or forged link starts over rather than failing.
 */
export function readCursor(
  value: string | string[] | undefined,
  maxLength = 200,
): string | undefined {
  const cursor = first(value);
  return cursor && cursor.length <= maxLength && /^[A-Za-z0-9_=-]+$/.test(cursor)
    ? cursor
    : undefined;
}
