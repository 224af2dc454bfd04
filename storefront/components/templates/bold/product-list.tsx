import type { ProductListProps } from '../types';
import { BoldProductCard } from './product-card';

/** Bold: big cards, one column on phones, up to three on wide screens. */
export function BoldProductList({ store, products, messages }: ProductListProps) {
  return (
    <ul className="grid grid-cols-1 gap-x-6 gap-y-12 sm:grid-cols-2 lg:grid-cols-3">
      {products.map((product, index) => (
        <li key={product.handle} className="flex">
          <BoldProductCard
            product={product}
            language={store.language}
            messages={messages}
            priority={index < 2}
          />
        </li>
      ))}
    </ul>
  );
}
