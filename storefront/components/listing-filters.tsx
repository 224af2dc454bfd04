import type { Language, MessageKey, Messages } from '../lib/i18n';
import {
  optionFieldName,
  priceFieldStep,
  priceFieldValue,
  type ListingFilters,
  type ListingSort,
} from '../lib/listing-filters';
import { formatMoney } from '../lib/money';
import { buttonClassName } from './message-page';
import { StoreLink } from './store-link';
import { PreviewFields } from './preview-fields';

/** One value to filter by, with how many products have it when that is known. */
export interface Choice {
  value: string;
  count?: number | undefined;
}

export interface FilterChoiceSet {
  tags: Choice[];
  options: { name: string; values: Choice[] }[];
  price: { min: number | null; max: number | null };
  /** Search knows how many matches are in stock; a collection does not. */
  inStockCount?: number | undefined;
}

const sortLabels: Record<ListingSort, MessageKey> = {
  manual: 'sortManual',
  newest: 'sortNewest',
  price_asc: 'sortPriceAsc',
  price_desc: 'sortPriceDesc',
  title_asc: 'sortTitleAsc',
};

const fieldClassName =
  'mt-1 block w-full rounded-lg border border-neutral-300 bg-white px-3 py-2 text-sm focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand';

function withCount(value: string, count: number | undefined): string {
  return count === undefined ? value : `${value} (${count})`;
}

/**
 * The filters of a listing as a plain GET form: it works without JavaScript, and the URL it
 * leads to is the state (see lib/listing-filters.ts). Submitting drops the cursor, so a new
 * filter starts from the first page.
 */
export function ListingFiltersForm({
  action,
  filters,
  choices,
  currency,
  language,
  messages,
  sorts,
  defaultSort,
  query,
}: {
  action: string;
  filters: ListingFilters;
  choices: FilterChoiceSet;
  currency: string;
  language: Language;
  messages: Messages;
  sorts: readonly ListingSort[];
  defaultSort?: ListingSort | undefined;
  /** The search query, kept when filters change. */
  query?: string | undefined;
}) {
  // Selected values stay offered even when the current choices no longer include them.
  const tags = mergeSelected(choices.tags, filters.tag ? [filters.tag] : []);
  const axes = choices.options.map((axis) => ({
    name: axis.name,
    values: mergeSelected(axis.values, filters.options[axis.name] ?? []),
  }));
  for (const [name, values] of Object.entries(filters.options)) {
    if (!axes.some((axis) => axis.name === name))
      axes.push({ name, values: mergeSelected([], values) });
  }
  const money = (amount: number | null) =>
    amount === null ? undefined : formatMoney({ amountMinor: amount, currency }, language);
  const priceHint =
    choices.price.min !== null && choices.price.max !== null
      ? `${money(choices.price.min)} – ${money(choices.price.max)}`
      : undefined;

  return (
    <form
      method="get"
      action={action}
      aria-label={messages.filters}
      className="space-y-6 rounded-2xl border border-neutral-200 bg-white p-4"
    >
      {query !== undefined ? <input type="hidden" name="q" value={query} /> : null}
      <PreviewFields />
      {sorts.length > 0 ? (
        <div>
          <label htmlFor="filter-sort" className="text-sm font-semibold">
            {messages.sortBy}
          </label>
          <select
            id="filter-sort"
            name="sort"
            defaultValue={filters.sort ?? defaultSort ?? sorts[0]}
            className={fieldClassName}
          >
            {sorts.map((sort) => (
              <option key={sort} value={sort}>
                {messages[sortLabels[sort]]}
              </option>
            ))}
          </select>
        </div>
      ) : null}

      {tags.length > 0 ? (
        <fieldset>
          <legend className="text-sm font-semibold">{messages.tag}</legend>
          <div className="mt-2 space-y-1.5">
            <label className="flex items-center gap-2 text-sm">
              <input type="radio" name="tag" value="" defaultChecked={!filters.tag} />
              {messages.anyTag}
            </label>
            {tags.map((tag) => (
              <label key={tag.value} className="flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  name="tag"
                  value={tag.value}
                  defaultChecked={filters.tag === tag.value}
                />
                {withCount(tag.value, tag.count)}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}

      <fieldset>
        <legend className="text-sm font-semibold">{messages.price}</legend>
        {priceHint ? <p className="mt-1 text-xs text-neutral-500">{priceHint}</p> : null}
        <div className="mt-2 grid grid-cols-2 gap-2">
          <label className="text-xs text-neutral-600">
            {messages.minPrice}
            <input
              type="number"
              name="min"
              min="0"
              step={priceFieldStep(currency)}
              inputMode="decimal"
              defaultValue={priceFieldValue(filters.minPrice, currency)}
              className={fieldClassName}
            />
          </label>
          <label className="text-xs text-neutral-600">
            {messages.maxPrice}
            <input
              type="number"
              name="max"
              min="0"
              step={priceFieldStep(currency)}
              inputMode="decimal"
              defaultValue={priceFieldValue(filters.maxPrice, currency)}
              className={fieldClassName}
            />
          </label>
        </div>
      </fieldset>

      {axes.map((axis) => (
        <fieldset key={axis.name}>
          <legend className="text-sm font-semibold capitalize">{axis.name}</legend>
          <div className="mt-2 flex flex-wrap gap-2">
            {axis.values.map((value) => (
              <label
                key={value.value}
                className="flex items-center gap-2 rounded-full border border-neutral-300 px-3 py-1 text-sm has-checked:border-brand has-checked:bg-brand/5"
              >
                <input
                  type="checkbox"
                  name={optionFieldName(axis.name)}
                  value={value.value}
                  defaultChecked={(filters.options[axis.name] ?? []).includes(value.value)}
                />
                {withCount(value.value, value.count)}
              </label>
            ))}
          </div>
        </fieldset>
      ))}

      <fieldset>
        <legend className="text-sm font-semibold">{messages.availability}</legend>
        <label className="mt-2 flex items-center gap-2 text-sm">
          <input type="checkbox" name="stock" value="1" defaultChecked={filters.inStock} />
          {withCount(messages.inStockOnly, choices.inStockCount)}
        </label>
      </fieldset>

      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonClassName}>
          {messages.applyFilters}
        </button>
        <StoreLink
          href={query !== undefined ? `${action}?q=${encodeURIComponent(query)}` : action}
          className="text-sm font-medium underline underline-offset-4"
        >
          {messages.clearFilters}
        </StoreLink>
      </div>
    </form>
  );
}

function mergeSelected(choices: Choice[], selected: string[]): Choice[] {
  const merged = [...choices];
  for (const value of selected) {
    if (!merged.some((choice) => choice.value === value)) merged.push({ value });
  }
  return merged;
}
