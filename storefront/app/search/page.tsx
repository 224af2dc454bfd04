import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { ComingSoon } from '../../components/coming-soon';
import { ListingFiltersForm } from '../../components/listing-filters';
import { ListingLayout } from '../../components/listing-layout';
import { Pager } from '../../components/pager';
import { EmptyState, ProductGrid } from '../../components/product-grid';
import { StoreShell } from '../../components/store-shell';
import { loadSearch } from '../../lib/catalog';
import { CellApiError, isShown } from '../../lib/cell-api';
import { requireStore, settleStore } from '../../lib/current-store';
import { getMessages, interpolate, plural } from '../../lib/i18n';
import {
  apiFilterParams,
  hasActiveFilters,
  listingQuery,
  readCursor,
  readListingFilters,
  withQuery,
  type SearchParams,
} from '../../lib/listing-filters';
import { privatePageMetadata } from '../../lib/seo';

export const dynamic = 'force-dynamic';

function readQuery(params: SearchParams): string {
  const value = params.q;
  return (Array.isArray(value) ? value[0] : value)?.trim().slice(0, 200) ?? '';
}

export async function generateMetadata({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}): Promise<Metadata> {
  const outcome = await settleStore();
  if (outcome.kind !== 'store') return privatePageMetadata;
  const messages = getMessages(outcome.store.language);
  const q = readQuery(await searchParams);
  return {
    ...privatePageMetadata,
    title: q ? interpolate(messages.searchResultsFor, { query: q }) : messages.searchTitle,
  };
}

export default async function SearchPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const store = await requireStore();
  if (!isShown(store)) return <ComingSoon store={store} />;
  const messages = getMessages(store.language);
  const params = await searchParams;
  const q = readQuery(params);

  if (!q) {
    return (
      <StoreShell store={store}>
        <h1 className="text-3xl font-semibold tracking-tight">{messages.searchTitle}</h1>
        <p className="mt-4 text-neutral-600">{messages.searchEmptyQuery}</p>
      </StoreShell>
    );
  }

  // Search has no sort of its own: results come best match first.
  const filters = readListingFilters(params, store.currency, []);
  const cursor = readCursor(params.cursor, 100);
  let result;
  try {
    result = await loadSearch({ q, filters: apiFilterParams(filters), cursor });
  } catch (error) {
    if (error instanceof CellApiError && error.status === 400 && cursor) {
      redirect(withQuery('/search', listingQuery(filters, store.currency, { q })));
    }
    throw error;
  }
  if (!result.found) return <ComingSoon store={store} />;

  const { items, total, facets, nextCursor } = result.value;
  const active = hasActiveFilters(filters);
  return (
    <StoreShell store={store} query={q}>
      <h1 className="text-3xl font-semibold tracking-tight text-balance">
        {interpolate(messages.searchResultsFor, { query: q })}
      </h1>
      <p className="mt-2 text-neutral-600" role="status">
        {plural(store.language, total, messages.resultsOne, messages.resultsOther)}
      </p>
      <ListingLayout
        filtersOpen={active}
        messages={messages}
        filters={
          <ListingFiltersForm
            action="/search"
            query={q}
            filters={filters}
            choices={{
              tags: facets.tags,
              options: facets.options,
              price: facets.price,
              inStockCount: facets.availability.inStock,
            }}
            currency={store.currency}
            language={store.language}
            messages={messages}
            sorts={[]}
          />
        }
      >
        {items.length === 0 ? (
          <EmptyState
            title={active ? messages.noMatchesTitle : messages.searchNoResultsTitle}
            body={active ? messages.noMatchesBody : messages.searchNoResultsBody}
          />
        ) : (
          <ProductGrid store={store} products={items} messages={messages} />
        )}
        <Pager
          firstHref={withQuery('/search', listingQuery(filters, store.currency, { q }))}
          nextHref={
            nextCursor
              ? withQuery(
                  '/search',
                  listingQuery(filters, store.currency, { q, cursor: nextCursor }),
                )
              : undefined
          }
          isFirstPage={!cursor}
          messages={messages}
        />
      </ListingLayout>
    </StoreShell>
  );
}
