import type { Knex } from '@mpb/db';
import { announceProductChange } from '../catalog/product-input';

/**
 * An image added, changed or removed changes how its product looks: the storefront's cached
 * pages of that product are refreshed on the `ProductUpdated` this records.
 */
export async function announceImagesChanged(
  trx: Knex.Transaction,
  productId: string,
): Promise<void> {
  const product = await trx('products')
    .where({ id: productId })
    .first<{ id: string; tenant_id: string; handle: string } | undefined>(
      'id',
      'tenant_id',
      'handle',
    );
  if (product) await announceProductChange(trx, 'ProductUpdated', product);
}
