import { randomUUID } from 'node:crypto';
import type { MediaView } from '@mpb/contracts';
import { withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { recordAudit } from '../audit/record-audit';
import { announceImagesChanged } from './announce';
import type { MediaDeps } from './media-deps';
import { processImage } from './process-image';
import { insertMedia, nextPosition, productExists } from './repository';
import { mediaStorageKey, renditionKey } from './storage-keys';
import { toMediaView } from './views';

/** Renditions never change under their key (it holds the content hash), so caches keep them. */
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';

export interface AddProductImageInput {
  tenantId: string;
  memberId: string;
  productId: string;
  image: Buffer;
  alt?: string;
  source: 'upload' | 'url';
  sourceUrl?: string;
}

/** 404 unless the product is in the tenant: checked before reading or fetching any image. */
export async function assertProductExists(
  db: Knex,
  tenantId: string,
  productId: string,
): Promise<void> {
  const exists = await withTenant(db, tenantId, (trx) => productExists(trx, productId));
  if (!exists) throw AppError.notFound('Product');
}

/**
 * Processes an image, stores its renditions and adds it after the product's last image.
 * Objects are written before the row so a row never points at missing files; if the row cannot
 * be written the objects are removed again. Throws ImageRejectedError for input we refuse.
 */
export async function addProductImage(
  db: Knex,
  media: MediaDeps,
  input: AddProductImageInput,
): Promise<MediaView> {
  const processed = await processImage(input.image, media.limits);
  const id = randomUUID();
  const storageKey = mediaStorageKey(input.tenantId, id, processed.hash);
  const keys = processed.renditions.map((rendition) => renditionKey(storageKey, rendition.width));
  try {
    await Promise.all(
      processed.renditions.map((rendition, index) =>
        media.storage.put(keys[index] ?? '', rendition.data, {
          contentType: 'image/webp',
          cacheControl: IMMUTABLE_CACHE_CONTROL,
        }),
      ),
    );
    const row = await withTenant(db, input.tenantId, async (trx) => {
      if (!(await productExists(trx, input.productId, { lock: true }))) {
        throw AppError.notFound('Product');
      }
      const inserted = await insertMedia(trx, {
        id,
        tenant_id: input.tenantId,
        product_id: input.productId,
        storage_key: storageKey,
        source: input.source,
        source_url: input.sourceUrl ?? null,
        content_type: processed.contentType,
        width: processed.width,
        height: processed.height,
        bytes: processed.bytes,
        widths: processed.renditions.map((rendition) => rendition.width),
        alt: input.alt ?? '',
        position: await nextPosition(trx, input.productId),
      });
      await recordAudit(trx, {
        tenantId: input.tenantId,
        actorType: 'member',
        actorId: input.memberId,
        action: 'media.created',
        targetType: 'media',
        targetId: id,
        data: { productId: input.productId, source: input.source, bytes: processed.bytes },
      });
      await announceImagesChanged(trx, input.productId);
      return inserted;
    });
    return toMediaView(row, media.urls);
  } catch (error) {
    // Best effort: an orphan left behind is unreferenced and its key unguessable.
    await media.storage.deleteMany(keys).catch(() => undefined);
    throw error;
  }
}
