import { createHash } from 'node:crypto';
import sharp, { type Metadata, type OutputInfo, type SharpOptions } from 'sharp';
import { mediaRenditionWidths } from '@mpb/contracts';
import { contentTypeOf, detectImageType, type ImageType } from './detect-image-type';

export interface ImageLimits {
  /** Largest accepted file, in bytes. */
  maxBytes: number;
  /** Largest accepted width × height: a small file can declare a huge canvas (decompression bomb). */
  maxPixels: number;
}

export interface Rendition {
  width: number;
  height: number;
  data: Buffer;
}

export interface ProcessedImage {
  /** Content type of the original, from its magic bytes. */
  contentType: string;
  /** Dimensions of the original after EXIF orientation. */
  width: number;
  height: number;
  bytes: number;
  /** Identifies the content, so a rendition's key (and URL) never serves two different images. */
  hash: string;
  /** WebP renditions, narrowest first; at least one. */
  renditions: Rendition[];
}

export type ImageRejection = 'unsupported' | 'unreadable' | 'too-large' | 'too-many-pixels';

/** The input is not an image we accept; the route decides the status and the field to name. */
export class ImageRejectedError extends Error {
  constructor(
    readonly reason: ImageRejection,
    message: string,
  ) {
    super(message);
    this.name = 'ImageRejectedError';
  }
}

// Bumped when the renditions change (quality, widths), so new ones get new keys and URLs.
const PROCESSING_VERSION = 'webp-q80-v1';
const WEBP_QUALITY = 80;

// What sharp calls each accepted type once it has parsed the header.
const sharpFormatOf: Record<ImageType, string> = {
  jpeg: 'jpeg',
  png: 'png',
  webp: 'webp',
  gif: 'gif',
  avif: 'heif',
};

/** The rendition widths for an original this wide: none wider than it, and at least one. */
export function renditionWidthsFor(originalWidth: number): number[] {
  const widths = mediaRenditionWidths.filter((width) => width <= originalWidth);
  return widths.length > 0 ? widths : [originalWidth];
}

/**
 * Checks, decodes and resizes an image. The type comes from the magic bytes and must agree with
 * what the decoder finds. Outputs carry no metadata (sharp strips EXIF, GPS and XMP unless asked
 * to keep them) and are rotated upright, since the orientation tag is gone with the rest.
 */
export async function processImage(
  input: Buffer,
  limits: ImageLimits,
  /** The rendition widths for an upright original of this size; product images' by default. */
  widthsFor: (width: number, height: number) => number[] = renditionWidthsFor,
): Promise<ProcessedImage> {
  if (input.length > limits.maxBytes) {
    throw new ImageRejectedError('too-large', `is larger than ${describeBytes(limits.maxBytes)}`);
  }
  const type = detectImageType(input);
  if (!type) {
    throw new ImageRejectedError('unsupported', 'must be a JPEG, PNG, WebP, GIF or AVIF image');
  }
  // 'error' also fails on truncated data; only the first frame of an animation is used.
  const options: SharpOptions = {
    limitInputPixels: limits.maxPixels,
    failOn: 'error',
    autoOrient: true,
    pages: 1,
  };
  const metadata = await readMetadata(input, options);
  if (
    metadata.format !== sharpFormatOf[type] ||
    (type === 'avif' && metadata.compression !== 'av1')
  ) {
    throw new ImageRejectedError('unsupported', 'must be a JPEG, PNG, WebP, GIF or AVIF image');
  }
  if (metadata.width * metadata.height > limits.maxPixels) {
    throw new ImageRejectedError('too-many-pixels', `has more than ${limits.maxPixels} pixels`);
  }
  const width = metadata.autoOrient?.width ?? metadata.width;
  const height = metadata.autoOrient?.height ?? metadata.height;
  const renditions = await renderWebp(input, options, widthsFor(width, height));
  return {
    contentType: contentTypeOf[type],
    width,
    height,
    bytes: input.length,
    hash: createHash('sha256').update(PROCESSING_VERSION).update(input).digest('hex').slice(0, 20),
    renditions,
  };
}

async function readMetadata(input: Buffer, options: SharpOptions): Promise<Metadata> {
  try {
    return await sharp(input, options).metadata();
  } catch (error) {
    throw rejectionFrom(error);
  }
}

/**
 * Decodes once, to raw pixels at the widest rendition, then encodes every width from those:
 * decoding a large original four times would cost more than all the encoding.
 */
async function renderWebp(
  input: Buffer,
  options: SharpOptions,
  widths: number[],
): Promise<Rendition[]> {
  const widest = Math.max(...widths);
  let decoded: { data: Buffer; info: OutputInfo };
  try {
    decoded = await sharp(input, options)
      .resize({ width: widest, withoutEnlargement: true })
      .raw()
      .toBuffer({ resolveWithObject: true });
  } catch (error) {
    throw rejectionFrom(error);
  }
  const { info } = decoded;
  const raw = { width: info.width, height: info.height, channels: info.channels };
  return Promise.all(
    widths.map(async (width) => {
      const output = await sharp(decoded.data, { raw })
        .resize({ width })
        .webp({ quality: WEBP_QUALITY })
        .toBuffer({ resolveWithObject: true });
      return { width: output.info.width, height: output.info.height, data: output.data };
    }),
  );
}

function rejectionFrom(error: unknown): ImageRejectedError {
  const message = error instanceof Error ? error.message : '';
  if (message.includes('pixel limit')) {
    return new ImageRejectedError('too-many-pixels', 'has too many pixels');
  }
  return new ImageRejectedError('unreadable', 'is not a readable image (corrupt or truncated)');
}

export function describeBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}
