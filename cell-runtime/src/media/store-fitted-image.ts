import { randomUUID } from 'node:crypto';
import { IMMUTABLE_CACHE_CONTROL } from './add-product-image';
import type { MediaDeps } from './media-deps';
import { processImage } from './process-image';
import { mediaStorageKey, renditionKey } from './storage-keys';

export interface FittedImage {
  /** Object key, a rendition key under the tenant's prefix: the public media route serves it. */
  key: string;
  width: number;
  height: number;
  /** Size of the original upload. */
  bytes: number;
}

/** The one width an image is stored at when fitted in a box: never enlarged, at least 1 px. */
export function fittedWidth(
  width: number,
  height: number,
  box: { maxWidth: number; maxHeight: number },
): number {
  const fitted = Math.min(width, box.maxWidth, Math.round((width * box.maxHeight) / height));
  return Math.max(1, fitted);
}

/**
 * Checks an image like a product image (type from its magic bytes, size and pixel caps, metadata
 * stripped) and stores one WebP of it fitted in `box`, for images that are not a product's
 * (a store's logo). The caller records the key and deletes the object when it is replaced.
 * Throws ImageRejectedError for input we refuse.
 */
export async function storeFittedImage(
  media: MediaDeps,
  input: { tenantId: string; image: Buffer; box: { maxWidth: number; maxHeight: number } },
): Promise<FittedImage> {
  const processed = await processImage(input.image, media.limits, (width, height) => [
    fittedWidth(width, height, input.box),
  ]);
  const rendition = processed.renditions[0];
  if (!rendition) throw new Error('image processing produced no rendition');
  const key = renditionKey(
    mediaStorageKey(input.tenantId, randomUUID(), processed.hash),
    rendition.width,
  );
  await media.storage.put(key, rendition.data, {
    contentType: 'image/webp',
    cacheControl: IMMUTABLE_CACHE_CONTROL,
  });
  return { key, width: rendition.width, height: rendition.height, bytes: processed.bytes };
}
