import type { sampleCatalogRemovalSchema } from '@mpb/contracts';
import type { z } from 'zod';
import { withTenant, type Knex } from '@mpb/db';
import type { Logger } from '@mpb/observability';
import { recordAudit } from '../../audit/record-audit';
import type { ObjectStorage } from '../../media/object-storage';
import { renditionKey } from '../../media/storage-keys';
import { announceProductChange } from '../product-input';
import { sampleRows } from './read-sample-catalog';

type Removal = z.infer<typeof sampleCatalogRemovalSchema>;

/**
 * Removes exactly the products the sample catalog added (the rows of `sample_products`), never
 * the merchant's own. A sample that has been ordered is archived instead, so its orders keep
 * pointing at a product, and stays marked as a sample (loading again puts it back on sale).
 * Images a merchant may have added to a sample go with it, files after the commit as for any
 * deleted product. Each change is announced for search and the storefront.
 */
export async function removeSampleCatalog(
  db: Knex,
  input: { tenantId: string; memberId: string },
  files?: { storage: ObjectStorage; logger: Logger },
): Promise<Removal> {
  const { tenantId } = input;
  const { removal, keys } = await withTenant(db, tenantId, async (trx) => {
    await trx.raw('select pg_advisory_xact_lock(hashtextextended(?, 0))', [
      `sample-catalog:${tenantId}`,
    ]);
    const ids = (await sampleRows(trx)).map((row) => row.product_id);
    const ordered = new Set(
      ids.length === 0
        ? []
        : await trx('order_items')
            .whereIn('product_id', ids)
            .distinct()
            .pluck<string[]>('product_id'),
    );
    const unordered = ids.filter((id) => !ordered.has(id));
    const images = await trx('media')
      .whereIn('product_id', unordered)
      .select<{ storage_key: string; widths: number[] }[]>('storage_key', 'widths');
    const deleted =
      unordered.length === 0
        ? []
        : await trx('products')
            .whereIn('id', unordered)
            .delete()
            .returning<{ id: string; tenant_id: string; handle: string }[]>([
              'id',
              'tenant_id',
              'handle',
            ]);
    for (const product of deleted) await announceProductChange(trx, 'ProductDeleted', product);
    const archived = await trx('products')
      .whereIn('id', [...ordered])
      .whereNot({ status: 'archived' })
      .update({ status: 'archived', updated_at: trx.fn.now() })
      .returning<{ id: string; tenant_id: string; handle: string }[]>([
        'id',
        'tenant_id',
        'handle',
      ]);
    for (const product of archived) await announceProductChange(trx, 'ProductUpdated', product);
    await recordAudit(trx, {
      tenantId,
      actorType: 'member',
      actorId: input.memberId,
      action: 'sample_catalog.removed',
      data: { deleted: deleted.length, archived: ordered.size },
    });
    return {
      removal: { deleted: deleted.length, archived: ordered.size },
      keys: images.flatMap((image) =>
        image.widths.map((width) => renditionKey(image.storage_key, width)),
      ),
    };
  });
  if (files && keys.length > 0) {
    try {
      await files.storage.deleteMany(keys);
    } catch (error) {
      files.logger.warn(
        { err: error, keys },
        'media objects of removed sample products not deleted',
      );
    }
  }
  return removal;
}
