import { Pager } from '../../pager';
import { EmptyState } from '../../product-grid';
import { StoreLink } from '../../store-link';
import { StoreLogo } from '../../store-logo';
import type { HomeProps } from '../types';
import { BoldProductList } from './product-list';

/**
 * Bold: a full-width hero with the store's name set huge over the accent colour, collections as
 * big blocks in the primary colour, then large product cards.
 */
export function BoldHome({
  store,
  collections,
  products,
  nextHref,
  isFirstPage,
  messages,
}: HomeProps) {
  return (
    <>
      {isFirstPage ? (
        <section className="bg-brand-accent text-brand-accent-contrast">
          <div className="mx-auto flex max-w-7xl flex-col items-start gap-8 px-4 py-16 sm:px-8 sm:py-24">
            {store.theme.logoUrl ? <StoreLogo store={store} size="hero" /> : null}
            <h1 className="max-w-full text-[clamp(2.75rem,11vw,7.5rem)] leading-[0.9] font-black tracking-tighter break-words uppercase">
              {store.name}
            </h1>
            <a
              href="#products-heading"
              className="inline-flex items-center border-4 border-current px-6 py-3 text-lg font-black tracking-widest uppercase hover:bg-current/10 focus-visible:outline-4 focus-visible:outline-offset-4 focus-visible:outline-current"
            >
              {messages.shopNow} →
            </a>
          </div>
        </section>
      ) : (
        <h1 className="sr-only">{store.name}</h1>
      )}
      <div className="mx-auto max-w-7xl px-4 py-12 sm:px-8 sm:py-16">
        {collections.length > 0 ? (
          <section aria-labelledby="collections-heading" className="mb-16">
            <h2
              id="collections-heading"
              className="text-3xl font-black tracking-tight uppercase sm:text-5xl"
            >
              {messages.shopByCollection}
            </h2>
            <ul className="mt-6 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
              {collections.map((collection) => (
                <li key={collection.handle} className="flex">
                  <StoreLink
                    href={`/collections/${encodeURIComponent(collection.handle)}`}
                    className="flex w-full items-end justify-between gap-4 bg-brand p-6 text-xl font-black tracking-tight text-brand-contrast uppercase hover:opacity-90 focus-visible:outline-4 focus-visible:outline-offset-4 focus-visible:outline-brand sm:min-h-32"
                  >
                    <span className="break-words">{collection.title}</span>
                    <span aria-hidden="true">→</span>
                  </StoreLink>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <section aria-labelledby="products-heading">
          <h2
            id="products-heading"
            tabIndex={-1}
            className="text-3xl font-black tracking-tight uppercase outline-none sm:text-5xl"
          >
            {messages.newArrivals}
          </h2>
          <div className="mt-8">
            {products.length === 0 ? (
              <EmptyState title={messages.noProductsTitle} body={messages.noProductsBody} />
            ) : (
              <BoldProductList store={store} products={products} messages={messages} />
            )}
          </div>
          <Pager firstHref="/" nextHref={nextHref} isFirstPage={isFirstPage} messages={messages} />
        </section>
      </div>
    </>
  );
}
