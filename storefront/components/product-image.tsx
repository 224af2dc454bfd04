import type { ProductImage as Image } from '../lib/cell-api';

/**
 * A product image with the API's responsive renditions: the browser picks the smallest WebP
 * wide enough for `sizes`. Width and height reserve the space, so the page does not jump.
 */
export function ProductImage({
  image,
  sizes,
  className = '',
  priority = false,
  alt,
}: {
  image: Image;
  sizes: string;
  className?: string;
  priority?: boolean;
  /** Overrides the image's own alt text (a card whose link already names the product uses ""). */
  alt?: string;
}) {
  return (
    // A plain img: renditions are already resized WebP served with long cache headers, and
    // next/image would need every merchant CDN allow-listed.
    <img
      src={image.url}
      srcSet={image.srcset || undefined}
      sizes={image.srcset ? sizes : undefined}
      alt={alt ?? image.alt}
      width={image.width}
      height={image.height}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding="async"
      className={className}
    />
  );
}
