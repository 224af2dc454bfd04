import { ComingSoon } from '../components/coming-soon';
import { buttonClassName } from '../components/message-page';
import { ProductCard } from '../components/product-card';
import { StoreHeader } from '../components/store-header';
import { StoreLink } from '../components/store-link';
import { loadProducts, requireStore } from '../lib/current-store';
import { getMessages } from '../lib/i18n';

export const dynamic = 'force-dynamic';

const pageSize = 24;

type SearchParams = Record<string, string | string[] | undefined>;

/** The API refuses cursors over 200 characters; such a link is stale or forged, so start over. */
function readCursor(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' && value.length > 0 && value.length <= 200 ? value : undefined;
}

export default async function HomePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const store = await requireStore();
  if (!store.live) return <ComingSoon store={store} />;

  const cursor = readCursor((await searchParams).cursor);
  const page = await loadProducts(cursor, pageSize);
  // The store was unpublished between the two reads.
  if (!page.found) return <ComingSoon store={store} />;

  const messages = getMessages(store.language);
  const { items, nextCursor } = page.value;
  return (
    <>
      <StoreHeader store={store} isHome />
      <main className="mx-auto max-w-6xl px-4 py-8 sm:px-6 sm:py-12">
        <h2 className="text-xl font-semibold tracking-tight sm:text-2xl">{messages.products}</h2>
        {items.length === 0 ? (
          <div className="mt-8 rounded-2xl border border-dashed border-neutral-300 bg-white px-6 py-16 text-center">
            <p className="text-lg font-medium">{messages.noProductsTitle}</p>
            <p className="mt-2 text-neutral-600">{messages.noProductsBody}</p>
          </div>
        ) : (
          <ul className="mt-6 grid grid-cols-2 gap-4 sm:gap-6 md:grid-cols-3 lg:grid-cols-4">
            {items.map((product) => (
              <li key={product.handle} className="flex">
                <ProductCard product={product} language={store.language} messages={messages} />
              </li>
            ))}
          </ul>
        )}
        {cursor || nextCursor ? (
          <nav className="mt-10 flex flex-wrap items-center justify-center gap-4">
            {cursor ? (
              <StoreLink href="/" className="text-sm font-medium underline underline-offset-4">
                {messages.firstPage}
              </StoreLink>
            ) : null}
            {nextCursor ? (
              <StoreLink
                href={{ pathname: '/', query: { cursor: nextCursor } }}
                className={buttonClassName}
              >
                {messages.loadMore}
              </StoreLink>
            ) : null}
          </nav>
        ) : null}
      </main>
    </>
  );
}
