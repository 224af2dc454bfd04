import type { ImageView, MediaView } from '@mpb/contracts';
import type { MediaRow } from './repository';
import { renditionKey } from './storage-keys';

export interface MediaUrlOptions {
  /** MEDIA_PUBLIC_BASE_URL: a CDN serving objects by key. Absent, URLs are relative to the store. */
  publicBaseUrl?: string;
}

/** Relative to the store's host by default, so the same view works on every domain of a store. */
export function renditionUrl(key: string, options: MediaUrlOptions = {}): string {
  return options.publicBaseUrl ? `${options.publicBaseUrl}/${key}` : `/api/v1/media/${key}`;
}

function sizesOf(row: MediaRow, options: MediaUrlOptions): { width: number; url: string }[] {
  return [...row.widths]
    .sort((a, b) => a - b)
    .map((width) => ({ width, url: renditionUrl(renditionKey(row.storage_key, width), options) }));
}

function srcsetOf(sizes: { width: number; url: string }[]): string {
  return sizes.map(({ width, url }) => `${url} ${width}w`).join(', ');
}

export function toImageView(row: MediaRow, options: MediaUrlOptions = {}): ImageView {
  const sizes = sizesOf(row, options);
  return {
    id: row.id,
    url: sizes.at(-1)?.url ?? '',
    alt: row.alt,
    width: row.width,
    height: row.height,
    srcset: srcsetOf(sizes),
  };
}

export function toMediaView(row: MediaRow, options: MediaUrlOptions = {}): MediaView {
  const sizes = sizesOf(row, options);
  return {
    id: row.id,
    productId: row.product_id,
    alt: row.alt,
    width: row.width,
    height: row.height,
    position: row.position,
    url: sizes.at(-1)?.url ?? '',
    srcset: srcsetOf(sizes),
    sizes,
  };
}
