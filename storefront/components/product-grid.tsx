import type { ProductSummary } from '../lib/cell-api';
import type { Language, Messages } from '../lib/i18n';
import { ProductCard } from './product-card';

export function ProductGrid({
  products,
  language,
  messages,
}: {
  products: ProductSummary[];
  language: Language;
  messages: Messages;
}) {
  return (
    <ul className="grid grid-cols-2 gap-4 sm:gap-6 md:grid-cols-3 lg:grid-cols-4">
      {products.map((product, index) => (
        <li key={product.handle} className="flex">
          <ProductCard
            product={product}
            language={language}
            messages={messages}
            priority={index < 4}
          />
        </li>
      ))}
    </ul>
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
