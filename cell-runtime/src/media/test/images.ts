import sharp from 'sharp';

/** A solid-colour image of the given size and format, made in the test rather than checked in. */
export async function makeImage(
  format: 'jpeg' | 'png' | 'webp' | 'gif' | 'avif' | 'tiff',
  width: number,
  height: number,
): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#c0392b' } })
    .toFormat(format)
    .toBuffer();
}

/**
 * A JPEG as phones write it: stored landscape with an EXIF orientation of 6 (rotate 90°
 * clockwise to display), plus a copyright and GPS position that must not reach the renditions.
 */
export async function makeRotatedJpegWithGps(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#2980b9' } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Copyright: 'Secret Photographer' },
      IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '23/1 33/1 0/1' },
    })
    .toBuffer();
}

export const svgImage = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400"><script>alert(1)</script>' +
    '<rect width="400" height="400" fill="red"/></svg>',
);
