import sharp from 'sharp';
import { detectImageType } from './detect-image-type';
import { ImageRejectedError, processImage, renditionWidthsFor } from './process-image';
import { makeImage, makeRotatedJpegWithGps, svgImage } from './test/images';

const limits = { maxBytes: 10 * 1024 * 1024, maxPixels: 50_000_000 };

async function rejection(input: Buffer, custom = limits): Promise<ImageRejectedError> {
  try {
    await processImage(input, custom);
  } catch (error) {
    if (error instanceof ImageRejectedError) return error;
    throw error;
  }
  throw new Error('the image was accepted');
}

describe('detecting the image type by magic bytes', () => {
  it.each(['jpeg', 'png', 'webp', 'gif', 'avif'] as const)('recognises %s', async (format) => {
    expect(detectImageType(await makeImage(format, 8, 8))).toBe(format);
  });

  it.each([
    ['SVG', svgImage],
    ['text', Buffer.from('hello, this is not a PNG')],
    ['an empty file', Buffer.alloc(0)],
    ['a PDF', Buffer.from('%PDF-1.7\n')],
    ['HTML', Buffer.from('<!doctype html><html></html>')],
    ['a HEIC-branded file', Buffer.from('\0\0\0\x18ftypheic\0\0\0\0mif1heic', 'latin1')],
    ['a RIFF that is not WebP', Buffer.from('RIFF\0\0\0\0WAVEfmt ', 'latin1')],
  ])('refuses %s', (_name, bytes) => {
    expect(detectImageType(bytes)).toBeUndefined();
  });

  it('refuses TIFF, which sharp could decode', async () => {
    expect(detectImageType(await makeImage('tiff', 8, 8))).toBeUndefined();
  });
});

describe('processing an image', () => {
  it('makes WebP renditions at the standard widths no wider than the original', async () => {
    const result = await processImage(await makeImage('png', 1200, 600), limits);
    expect(result).toMatchObject({ contentType: 'image/png', width: 1200, height: 600 });
    expect(result.renditions.map(({ width, height }) => [width, height])).toEqual([
      [320, 160],
      [640, 320],
      [1024, 512],
    ]);
    for (const rendition of result.renditions) {
      const metadata = await sharp(rendition.data).metadata();
      expect(metadata).toMatchObject({ format: 'webp', width: rendition.width });
    }
  });

  it('makes one rendition at the original width when it is narrower than every standard one', async () => {
    const result = await processImage(await makeImage('gif', 200, 100), limits);
    expect(result.renditions.map((rendition) => rendition.width)).toEqual([200]);
    expect(renditionWidthsFor(2000)).toEqual([320, 640, 1024, 1600]);
  });

  it('turns a phone photo upright and drops its EXIF, GPS included', async () => {
    const input = await makeRotatedJpegWithGps(800, 400);
    const original = await sharp(input).metadata();
    expect(original.orientation).toBe(6);
    expect(original.exif?.length).toBeGreaterThan(0);

    const result = await processImage(input, limits);
    expect([result.width, result.height]).toEqual([400, 800]);
    const [first] = result.renditions;
    const metadata = await sharp(first!.data).metadata();
    expect([metadata.width, metadata.height]).toEqual([320, 640]);
    expect(metadata.exif).toBeUndefined();
    expect(metadata.xmp).toBeUndefined();
    expect(metadata.orientation).toBeUndefined();
    expect(first!.data.includes('Secret Photographer')).toBe(false);
  });

  it('gives the same content the same hash, and other content another', async () => {
    const image = await makeImage('jpeg', 400, 300);
    const [a, b, c] = await Promise.all([
      processImage(image, limits),
      processImage(Buffer.from(image), limits),
      processImage(await makeImage('jpeg', 401, 300), limits),
    ]);
    expect(a.hash).toMatch(/^[0-9a-f]{20}$/);
    expect(a.hash).toBe(b.hash);
    expect(a.hash).not.toBe(c.hash);
  });

  it('refuses SVG and text as unsupported', async () => {
    expect((await rejection(svgImage)).reason).toBe('unsupported');
    expect((await rejection(Buffer.from('just text'))).reason).toBe('unsupported');
  });

  it('refuses a truncated image as unreadable', async () => {
    const image = await makeImage('jpeg', 800, 600);
    expect((await rejection(image.subarray(0, image.length / 2))).reason).toBe('unreadable');
    expect((await rejection(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]))).reason).toBe(
      'unreadable',
    );
  });

  it('refuses more pixels than the limit, before decoding them', async () => {
    const image = await makeImage('png', 2000, 2000);
    const error = await rejection(image, { ...limits, maxPixels: 1_000_000 });
    expect(error.reason).toBe('too-many-pixels');
  });

  it('refuses more bytes than the limit', async () => {
    const image = await makeImage('png', 100, 100);
    expect((await rejection(image, { ...limits, maxBytes: 10 })).reason).toBe('too-large');
  });
});
