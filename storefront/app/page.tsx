import type { Metadata } from 'next';
import { ComingSoon } from '../components/coming-soon';
import { Pager } from '../components/pager';
import { EmptyState, ProductGrid } from '../components/product-grid';
import { StoreLink } from '../components/store-link';
import { StoreShell } from '../components/store-shell';
import { loadCollections, loadListing } from '../lib/catalog';
import { liveStoreForMetadata, requireStore } from '../lib/current-store';
import { getMessages } from '../lib/i18n';
import { readCursor, type SearchParams } from '../lib/listing-filters';
import { pageMetadata } from '../lib/seo';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const live = await liveStoreForMetadata();
  if (!live) return {};
  return pageMetadata({ store: live.store, origin: live.context.origin, path: '/' });
}

export default async function HomePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const store = await requireStore();
  if (!store.live) return <ComingSoon store={store} />;

  const cursor = readCursor((await searchParams).cursor);
  const [page, collections] = await Promise.all([
    loadListing({ filters: {}, cursor }),
    // The collection links are a nicety: the products still show if they cannot be read.
    loadCollections().catch(() => ({ found: false }) as const),
  ]);
  // The store was unpublished between the two reads.
  if (!page.found) return <ComingSoon store={store} />;

  const messages = getMessages(store.language);
  const { items, nextCursor } = page.value;
  const featured = collections.found ? collections.value : [];
  return (
    <StoreShell store={store} isHome>
      {featured.length > 0 && !cursor ? (
        <section aria-labelledby="collections-heading" className="mb-10">
          <h2 id="collections-heading" className="text-xl font-semibold tracking-tight sm:text-2xl">
            {messages.collections}
          </h2>
          <ul className="mt-4 flex flex-wrap gap-3">
            {featured.map((collection) => (
              <li key={collection.handle}>
                <StoreLink
                  href={`/collections/${encodeURIComponent(collection.handle)}`}
                  className="inline-flex rounded-full border border-neutral-300 bg-white px-4 py-2 text-sm font-medium hover:border-brand hover:text-brand focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand"
                >
                  {collection.title}
                </StoreLink>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="products-heading">
        <h2 id="products-heading" className="text-xl font-semibold tracking-tight sm:text-2xl">
          {messages.products}
        </h2>
        <div className="mt-6">
          {items.length === 0 ? (
            <EmptyState title={messages.noProductsTitle} body={messages.noProductsBody} />
          ) : (
            <ProductGrid products={items} language={store.language} messages={messages} />
          )}
        </div>
        <Pager
          firstHref="/"
          nextHref={nextCursor ? `/?cursor=${encodeURIComponent(nextCursor)}` : undefined}
          isFirstPage={!cursor}
          messages={messages}
        />
      </section>
    </StoreShell>
  );
}
