export type ImageType = 'jpeg' | 'png' | 'webp' | 'gif' | 'avif';

export const contentTypeOf: Record<ImageType, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
};

function startsWith(bytes: Uint8Array, signature: number[], offset = 0): boolean {
  return signature.every((byte, index) => bytes[offset + index] === byte);
}

const ascii = (text: string) => Array.from(text, (char) => char.charCodeAt(0));

/** AVIF is an ISO-BMFF file whose `ftyp` box names `avif` or `avis` as a brand. */
function isAvif(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, ascii('ftyp'), 4)) return false;
  const boxSize = Math.min(
    ((bytes[0] ?? 0) << 24) | ((bytes[1] ?? 0) << 16) | ((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0),
    bytes.length,
    256,
  );
  // Major brand at 8, minor version at 12, compatible brands from 16 on.
  for (const offset of [8, ...range(16, boxSize, 4)]) {
    if (startsWith(bytes, ascii('avif'), offset) || startsWith(bytes, ascii('avis'), offset)) {
      return true;
    }
  }
  return false;
}

function range(start: number, end: number, step: number): number[] {
  const values: number[] = [];
  for (let value = start; value + step <= end; value += step) values.push(value);
  return values;
}

/**
 * The image type from the file's first bytes, never from its name or the declared content type,
 * which the client controls. Anything else (SVG, HEIC, TIFF, PDF, text) is undefined.
 */
export function detectImageType(bytes: Uint8Array): ImageType | undefined {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'webp';
  if (isAvif(bytes)) return 'avif';
  return undefined;
}
