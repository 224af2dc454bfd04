import { Pager } from '../../pager';
import { EmptyState } from '../../product-grid';
import { StoreLink } from '../../store-link';
import type { HomeProps } from '../types';
import { ClassicProductList } from './product-list';

/** Classic: the collections as pills, then the newest products in a grid. */
export function ClassicHome({
  store,
  collections,
  products,
  nextHref,
  isFirstPage,
  messages,
}: HomeProps) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 sm:py-12">
      {collections.length > 0 ? (
        <section aria-labelledby="collections-heading" className="mb-10">
          <h2 id="collections-heading" className="text-xl font-semibold tracking-tight sm:text-2xl">
            {messages.collections}
          </h2>
          <ul className="mt-4 flex flex-wrap gap-3">
            {collections.map((collection) => (
              <li key={collection.handle}>
                <StoreLink
                  href={`/collections/${encodeURIComponent(collection.handle)}`}
                  className="inline-flex rounded-full border border-neutral-300 bg-white px-4 py-2 text-sm font-medium hover:border-brand hover:text-brand-ink focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand"
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
          {products.length === 0 ? (
            <EmptyState title={messages.noProductsTitle} body={messages.noProductsBody} />
          ) : (
            <ClassicProductList store={store} products={products} messages={messages} />
          )}
        </div>
        <Pager firstHref="/" nextHref={nextHref} isFirstPage={isFirstPage} messages={messages} />
      </section>
    </div>
  );
}
