import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { ComingSoon } from '../../../components/coming-soon';
import { ListingFiltersForm } from '../../../components/listing-filters';
import { ListingLayout } from '../../../components/listing-layout';
import { Pager } from '../../../components/pager';
import { EmptyState, ProductGrid } from '../../../components/product-grid';
import { RichText } from '../../../components/rich-text';
import { StoreShell } from '../../../components/store-shell';
import { loadCollection, loadFilterChoices, loadListing } from '../../../lib/catalog';
import { CellApiError, isShown } from '../../../lib/cell-api';
import { liveStoreForMetadata, requireStore } from '../../../lib/current-store';
import { getMessages } from '../../../lib/i18n';
import {
  apiFilterParams,
  hasActiveFilters,
  listingQuery,
  listingSorts,
  readCursor,
  readListingFilters,
  withQuery,
  type ListingSort,
  type SearchParams,
} from '../../../lib/listing-filters';
import { excerpt, richTextToPlain } from '../../../lib/rich-text';
import { loadSiteDefaults } from '../../../lib/content';
import { pageMetadata } from '../../../lib/seo';

export const dynamic = 'force-dynamic';

interface CollectionPageProps {
  params: Promise<{ handle: string }>;
  searchParams: Promise<SearchParams>;
}

export async function generateMetadata({
  params,
  searchParams,
}: CollectionPageProps): Promise<Metadata> {
  const live = await liveStoreForMetadata();
  if (!live) return {};
  const { handle } = await params;
  // Failures are left to the page, which reads the same cached result and shows error.tsx.
  const collection = await loadCollection(handle).catch(() => undefined);
  if (!collection?.found) return {};
  const query = await searchParams;
  const filtered =
    hasActiveFilters(readListingFilters(query, live.store.currency)) || !!readCursor(query.cursor);
  const { value } = collection;
  return {
    ...pageMetadata({
      store: live.store,
      origin: live.context.origin,
      path: `/collections/${value.handle}`,
      title: value.seoTitle || value.title,
      description:
        value.seoDescription || excerpt(richTextToPlain(value.descriptionHtml)) || undefined,
      defaults: await loadSiteDefaults(),
    }),
    // Filtered and deeper pages point at the collection itself and stay out of the index.
    ...(filtered ? { robots: { index: false, follow: true } } : {}),
  };
}

function sortsFor(collectionSort: string): readonly ListingSort[] {
  // "Featured" (the merchant's own order) exists only for collections ordered by hand.
  return collectionSort === 'manual' ? listingSorts : listingSorts.filter((s) => s !== 'manual');
}

export default async function CollectionPage({ params, searchParams }: CollectionPageProps) {
  const store = await requireStore();
  if (!isShown(store)) return <ComingSoon store={store} />;
  const { handle } = await params;
  const collection = await loadCollection(handle);
  if (!collection.found) notFound();

  const query = await searchParams;
  const sorts = sortsFor(collection.value.sort);
  const filters = readListingFilters(query, store.currency, sorts);
  const cursor = readCursor(query.cursor);
  const path = `/collections/${encodeURIComponent(handle)}`;

  let page;
  try {
    page = await loadListing({
      collection: handle,
      filters: apiFilterParams(filters),
      sort: filters.sort,
      cursor,
    });
  } catch (error) {
    // A cursor from another sort, or a stale one, is refused: start from the first page.
    if (error instanceof CellApiError && error.status === 400 && cursor) {
      redirect(withQuery(path, listingQuery(filters, store.currency)));
    }
    throw error;
  }
  if (!page.found) notFound();

  const choices = await loadFilterChoices(handle);
  const messages = getMessages(store.language);
  const { items, nextCursor } = page.value;
  const active = hasActiveFilters(filters);
  const defaultSort = (sorts as readonly string[]).includes(collection.value.sort)
    ? (collection.value.sort as ListingSort)
    : undefined;

  return (
    <StoreShell store={store}>
      <h1 className="text-3xl font-semibold tracking-tight text-balance">
        {collection.value.title}
      </h1>
      <RichText
        html={collection.value.descriptionHtml}
        className="mt-3 max-w-3xl leading-relaxed text-neutral-700"
      />
      <ListingLayout
        filtersOpen={active}
        messages={messages}
        filters={
          <ListingFiltersForm
            action={path}
            filters={filters}
            // Counted over the collection's first products, not the filtered list: shown without counts.
            choices={{
              tags: choices.tags.map(({ value }) => ({ value })),
              options: choices.options.map((axis) => ({
                name: axis.name,
                values: axis.values.map(({ value }) => ({ value })),
              })),
              price: choices.price,
            }}
            currency={store.currency}
            language={store.language}
            messages={messages}
            sorts={sorts}
            defaultSort={defaultSort}
          />
        }
      >
        {items.length === 0 ? (
          active ? (
            <EmptyState title={messages.noMatchesTitle} body={messages.noMatchesBody} />
          ) : (
            <EmptyState title={messages.noProductsTitle} body={messages.noProductsBody} />
          )
        ) : (
          <ProductGrid store={store} products={items} messages={messages} />
        )}
        <Pager
          firstHref={withQuery(path, listingQuery(filters, store.currency))}
          nextHref={
            nextCursor
              ? withQuery(path, listingQuery(filters, store.currency, { cursor: nextCursor }))
              : undefined
          }
          isFirstPage={!cursor}
          messages={messages}
        />
      </ListingLayout>
    </StoreShell>
  );
}
