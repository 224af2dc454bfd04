import { withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import type { Logger } from '@mpb/observability';
import { recordAudit } from '../audit/record-audit';
import type { ObjectStorage } from '../media/object-storage';
import { renditionKey } from '../media/storage-keys';
import { announceProductChange } from './product-input';

/**
 * Deletes a product with its variants and images, then the images' stored files. As for one
 * image, the rows go first: a file left behind by a storage failure is only wasted space.
 */
export async function deleteProduct(
  db: Knex,
  input: { tenantId: string; memberId: string; productId: string },
  files?: { storage: ObjectStorage; logger: Logger },
): Promise<void> {
  const keys = await withTenant(db, input.tenantId, async (trx) => {
    const images = await trx('media')
      .where({ product_id: input.productId })
      .select<{ storage_key: string; widths: number[] }[]>('storage_key', 'widths');
    const [deleted] = await trx('products')
      .where({ id: input.productId })
      .delete()
      .returning<{ id: string; title: string; handle: string; tenant_id: string }[]>([
        'id',
        'title',
        'handle',
        'tenant_id',
      ]);
    if (!deleted) throw AppError.notFound('Product');
    await recordAudit(trx, {
      tenantId: input.tenantId,
      actorType: 'member',
      actorId: input.memberId,
      action: 'product.deleted',
      targetType: 'product',
      targetId: deleted.id,
      data: { title: deleted.title },
    });
    await announceProductChange(trx, 'ProductDeleted', deleted);
    return images.flatMap((image) =>
      image.widths.map((width) => renditionKey(image.storage_key, width)),
    );
  });
  if (!files || keys.length === 0) return;
  try {
    await files.storage.deleteMany(keys);
  } catch (error) {
    files.logger.warn({ err: error, keys }, 'media objects of a deleted product not deleted');
  }
}
