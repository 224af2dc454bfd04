import { Pager } from '../../pager';
import { EmptyState } from '../../product-grid';
import { StoreLink } from '../../store-link';
import type { HomeProps } from '../types';
import { MinimalProductList } from './product-list';

/**
 * Minimal: lots of white space; the collections as a line of small capitals, then the products
 * as a text-led list under a serif heading with a short accent rule.
 */
export function MinimalHome({
  store,
  collections,
  products,
  nextHref,
  isFirstPage,
  messages,
}: HomeProps) {
  return (
    <div className="mx-auto max-w-5xl px-4 py-16 sm:px-6 sm:py-24">
      {collections.length > 0 ? (
        <nav aria-labelledby="collections-heading" className="mb-16 text-center">
          <h2 id="collections-heading" className="sr-only">
            {messages.collections}
          </h2>
          <ul className="flex flex-wrap justify-center gap-x-8 gap-y-3 text-sm tracking-[0.2em] uppercase">
            {collections.map((collection) => (
              <li key={collection.handle}>
                <StoreLink
                  href={`/collections/${encodeURIComponent(collection.handle)}`}
                  className="text-neutral-700 underline-offset-8 hover:text-brand-accent-ink hover:underline focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-brand"
                >
                  {collection.title}
                </StoreLink>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <section aria-labelledby="products-heading">
        <div className="mb-10 flex flex-col items-center gap-4 text-center">
          <h2 id="products-heading" className="font-serif text-3xl tracking-tight sm:text-4xl">
            {messages.newArrivals}
          </h2>
          <span aria-hidden="true" className="h-px w-12 bg-brand-accent" />
        </div>
        {products.length === 0 ? (
          <EmptyState title={messages.noProductsTitle} body={messages.noProductsBody} />
        ) : (
          <MinimalProductList store={store} products={products} messages={messages} />
        )}
        <Pager firstHref="/" nextHref={nextHref} isFirstPage={isFirstPage} messages={messages} />
      </section>
    </div>
  );
}
