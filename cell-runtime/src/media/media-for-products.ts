import type { ImageView } from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import { mediaOfProducts } from './repository';
import { toImageView, type MediaUrlOptions } from './views';

/**
 * The images of each product for the catalog's views, in display order; every id has an entry.
 * `trx` must come from `withTenant`. Pass `urls.publicBaseUrl` (MEDIA_PUBLIC_BASE_URL) when a
 * CDN serves the images; without it URLs are relative to the store.
 */
export async function mediaForProducts(
  trx: Knex.Transaction,
  productIds: string[],
  urls: MediaUrlOptions = {},
): Promise<Map<string, ImageView[]>> {
  const rows = await mediaOfProducts(trx, productIds);
  return new Map(
    [...rows].map(([productId, media]) => [productId, media.map((row) => toImageView(row, urls))]),
  );
}
