import { withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import type { Logger } from '@mpb/observability';
import { recordAudit } from '../audit/record-audit';
import { announceImagesChanged } from './announce';
import type { ObjectStorage } from './object-storage';
import { deleteMediaRow } from './repository';
import { renditionKey } from './storage-keys';

/**
 * Deletes an image and then its renditions. The row goes first: an object left behind by a
 * storage failure is only wasted space, while a row without objects would be a broken image.
 */
export async function deleteMedia(
  db: Knex,
  storage: ObjectStorage,
  logger: Logger,
  input: { tenantId: string; memberId: string; mediaId: string },
): Promise<void> {
  const row = await withTenant(db, input.tenantId, async (trx) => {
    const deleted = await deleteMediaRow(trx, input.mediaId);
    if (!deleted) throw AppError.notFound('Image');
    await recordAudit(trx, {
      tenantId: input.tenantId,
      actorType: 'member',
      actorId: input.memberId,
      action: 'media.deleted',
      targetType: 'media',
      targetId: deleted.id,
      data: { productId: deleted.product_id },
    });
    await announceImagesChanged(trx, deleted.product_id);
    return deleted;
  });
  const keys = row.widths.map((width) => renditionKey(row.storage_key, width));
  try {
    await storage.deleteMany(keys);
  } catch (error) {
    logger.warn({ err: error, keys }, 'media objects not deleted');
  }
}
