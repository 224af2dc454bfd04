import type { MediaView } from '@mpb/contracts';
import { withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { mediaOfProducts, productExists } from './repository';
import { toMediaView, type MediaUrlOptions } from './views';

/** A product's images in display order; 404 when the product is not the tenant's. */
export async function listProductMedia(
  db: Knex,
  input: { tenantId: string; productId: string; urls: MediaUrlOptions },
): Promise<MediaView[]> {
  return withTenant(db, input.tenantId, async (trx) => {
    if (!(await productExists(trx, input.productId))) throw AppError.notFound('Product');
    const rows = (await mediaOfProducts(trx, [input.productId])).get(input.productId) ?? [];
    return rows.map((row) => toMediaView(row, input.urls));
  });
}
