import {
  productPageSchema,
  productSchema,
  type CreateProductBody,
  type productStatuses,
} from '@mpb/contracts';
import type { ApiClient } from './api-client';

export interface ProductQuery {
  limit?: number;
  cursor?: string;
  status?: (typeof productStatuses)[number];
  q?: string;
}

/**
 * One store's admin API. `apiUrl` is the tenant's `urls.api` (for example
 * http://shop.localhost:8080/api/v1): another origin than the admin, reached with CORS and the
 * same bearer token, because a store's traffic goes to its cell, not to the control plane.
 */
export function createStoreApi(client: ApiClient, apiUrl: string) {
  const base = apiUrl.replace(/\/+$/, '');
  return {
    listProducts(query: ProductQuery = {}, signal?: AbortSignal) {
      const search = new URLSearchParams();
      for (const [key, value] of Object.entries(query)) {
        if (value !== undefined && value !== '') search.set(key, String(value));
      }
      const suffix = search.size > 0 ? `?${search.toString()}` : '';
      return client.json(`${base}/admin/products${suffix}`, productPageSchema, { signal });
    },

    createProduct: (body: CreateProductBody) =>
      client.json(`${base}/admin/products`, productSchema, { method: 'POST', body }),

    deleteProduct: (id: string) =>
      client.send(`${base}/admin/products/${encodeURIComponent(id)}`, { method: 'DELETE' }),
  };
}

export type StoreApi = ReturnType<typeof createStoreApi>;
