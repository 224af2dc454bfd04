import type { ProductSummary, Store } from '../lib/cell-api';
import type { Messages } from '../lib/i18n';
import { templateFor } from './templates/registry';

/** Products as the store's template lists them (collections, search). */
export function ProductGrid({
  store,
  products,
  messages,
}: {
  store: Store;
  products: ProductSummary[];
  messages: Messages;
}) {
  const { ProductList } = templateFor(store.template);
  return (
    <>
      {/* The cards' titles are h3s: this keeps the outline whole under the page's h1. */}
      <h2 className="sr-only">{messages.products}</h2>
      <ProductList store={store} products={products} messages={messages} />
    </>
  );
}

/** The dashed box shown where a list has nothing to show. */
export function EmptyState({ title, body }: { title: string; body: string }) {
  return (
    <div className="rounded-2xl border border-dashed border-neutral-300 bg-white px-6 py-16 text-center">
      <p className="text-lg font-medium">{title}</p>
      <p className="mt-2 text-neutral-600">{body}</p>
    </div>
  );
}
