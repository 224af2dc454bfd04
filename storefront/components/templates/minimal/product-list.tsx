import type { ProductListProps } from '../types';
import { MinimalProductRow } from './product-row';

/** Minimal: a list of rows between hairlines, in two columns on wide screens. */
export function MinimalProductList({ store, products, messages }: ProductListProps) {
  return (
    <ul className="grid grid-cols-1 gap-x-12 border-t border-neutral-200 md:grid-cols-2">
      {products.map((product) => (
        <li key={product.handle} className="border-b border-neutral-200">
          <MinimalProductRow product={product} language={store.language} messages={messages} />
        </li>
      ))}
    </ul>
  );
}
