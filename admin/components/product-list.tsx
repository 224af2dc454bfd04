'use client';

import type { Product } from '@mpb/contracts';
import { formatMoney } from '../lib/money';
import { useI18n } from './i18n-provider';

/** The store's products, newest first, as cards that also fit a phone screen. */
export function ProductList({ products }: { products: readonly Product[] }) {
  const { t, language } = useI18n();
  if (products.length === 0) return <p className="text-slate-700">{t.products.empty}</p>;
  return (
    <ul className="divide-y divide-slate-200 rounded-md border border-slate-200">
      {products.map((product) => (
        <li
          key={product.id}
          className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 p-3"
        >
          <span className="font-medium break-words">{product.title}</span>
          <span className="flex flex-wrap gap-x-3 text-sm text-slate-700">
            <span>{formatMoney(product.price, product.currency, language)}</span>
            <span>{t.products.inStock(product.stock)}</span>
            <span>{t.products.statuses[product.status]}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
