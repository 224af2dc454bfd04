'use client';

import { useEffect, useMemo, useState } from 'react';
import type { Product, Tenant } from '@mpb/contracts';
import { storeApiFor } from '../lib/browser-client';
import { describeApiError } from '../lib/form-errors';
import { FormAlert } from './form-alert';
import { useI18n } from './i18n-provider';
import { ProductForm } from './product-form';
import { ProductList } from './product-list';
import { secondaryButtonClass } from './styles';

const pageSize = 24;

/** The product form and list of a ready store, talking to the store's own API. */
export function StoreProducts({ tenant }: { tenant: Tenant }) {
  const { t } = useI18n();
  const storeApi = useMemo(() => storeApiFor(tenant.urls.api), [tenant.urls.api]);
  const [products, setProducts] = useState<Product[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [isLoading, setIsLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const controller = new AbortController();
    storeApi
      .listProducts({ limit: pageSize }, controller.signal)
      .then((page) => {
        setProducts(page.items);
        setNextCursor(page.nextCursor);
      })
      .catch((caught: unknown) => {
        if (!controller.signal.aborted) setError(caught);
      })
      .finally(() => {
        if (!controller.signal.aborted) setIsLoading(false);
      });
    return () => controller.abort();
  }, [storeApi]);

  async function loadMore() {
    if (!nextCursor) return;
    setIsLoading(true);
    try {
      const page = await storeApi.listProducts({ limit: pageSize, cursor: nextCursor });
      // A product created meanwhile may already be in the list; keep one copy of each.
      setProducts((current) => [
        ...current,
        ...page.items.filter((item) => !current.some((p) => p.id === item.id)),
      ]);
      setNextCursor(page.nextCursor);
    } catch (caught) {
      setError(caught);
    } finally {
      setIsLoading(false);
    }
  }

  return (
    <section aria-labelledby="products-heading" className="space-y-4">
      <h2 id="products-heading" className="text-lg font-semibold">
        {t.products.heading}
      </h2>
      <ProductForm
        storeApi={storeApi}
        currency={tenant.currency}
        onCreated={(product) => setProducts((current) => [product, ...current])}
      />
      <FormAlert message={error ? describeApiError(error, t) : null} />
      {isLoading && products.length === 0 ? (
        <p role="status">{t.app.loading}</p>
      ) : (
        <ProductList products={products} />
      )}
      {nextCursor ? (
        <button
          type="button"
          className={secondaryButtonClass}
          disabled={isLoading}
          onClick={() => void loadMore()}
        >
          {t.products.loadMore}
        </button>
      ) : null}
    </section>
  );
}
