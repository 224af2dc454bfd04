import type { FacetCount, ProductSummary, SearchFacets } from './cell-api';
import { isFilterableOption } from './listing-filters';

export type FilterChoices = Omit<SearchFacets, 'availability'>;

export function emptyChoices(): FilterChoices {
  return { tags: [], options: [], price: { min: null, max: null } };
}

function countInto(counts: Map<string, number>, values: Iterable<string>): void {
  for (const value of new Set(values)) counts.set(value, (counts.get(value) ?? 0) + 1);
}

function toCounts(counts: Map<string, number>): FacetCount[] {
  return [...counts].map(([value, count]) => ({ value, count }));
}

/** Tags (most used first), option values (in product order) and price range of some products. */
export function choicesOf(items: ProductSummary[]): FilterChoices {
  const tags = new Map<string, number>();
  const options = new Map<string, Map<string, number>>();
  let min: number | null = null;
  let max: number | null = null;
  for (const item of items) {
    countInto(tags, item.tags.filter(isFilterableOption));
    for (const axis of item.optionAxes) {
      if (!isFilterableOption(axis.name)) continue;
      const values = options.get(axis.name) ?? new Map<string, number>();
      countInto(values, axis.values.filter(isFilterableOption));
      options.set(axis.name, values);
    }
    min = min === null ? item.price.amountMinor : Math.min(min, item.price.amountMinor);
    max = max === null ? item.price.amountMinor : Math.max(max, item.price.amountMinor);
  }
  return {
    tags: toCounts(tags).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
    options: [...options].map(([name, values]) => ({ name, values: toCounts(values) })),
    price: { min, max },
  };
}
