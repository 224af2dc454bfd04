import type { ProductListProps } from '../types';
import { ClassicProductCard } from './product-card';

/** Classic: a grid of two columns on phones, up to four on wide screens. */
export function ClassicProductList({ store, products, messages }: ProductListProps) {
  return (
    <ul className="grid grid-cols-2 gap-4 sm:gap-6 md:grid-cols-3 lg:grid-cols-4">
      {products.map((product, index) => (
        <li key={product.handle} className="flex">
          <ClassicProductCard
            product={product}
            language={store.language}
            messages={messages}
            priority={index < 4}
          />
        </li>
      ))}
    </ul>
  );
}
