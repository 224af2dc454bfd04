import { createReadStream } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import type { Entry, ZipFile } from 'yauzl';
import { ZipRefused } from './zip-refused';

const eocdSignature = 0x06054b50;
const zip64LocatorSignature = 0x07064b50;
const dataDescriptorSignature = 0x08074b50;
const eocdSize = 22;
const maxCommentSize = 0xffff;

/** Where the central directory starts, from the end-of-central-directory record. */
export async function centralDirectoryOffset(file: FileHandle, size: number): Promise<number> {
  const length = Math.min(size, eocdSize + maxCommentSize + 20);
  const tail = Buffer.alloc(length);
  await file.read(tail, 0, length, size - length);
  for (let at = length - eocdSize; at >= 0; at--) {
    if (tail.readUInt32LE(at) !== eocdSignature) continue;
    const offset = tail.readUInt32LE(at + 16);
    const isZip64 =
      offset === 0xffffffff ||
      tail.readUInt16LE(at + 10) === 0xffff ||
      (at >= 20 && tail.readUInt32LE(at - 20) === zip64LocatorSignature);
    // A spreadsheet of a few MiB never needs ZIP64; its extra size fields only serve tricks.
    if (isZip64) throw new ZipRefused('uses ZIP64, which a catalog workbook never needs');
    return offset;
  }
  throw new ZipRefused('is not a readable zip archive');
}

/**
 * Checks that the local headers, which a streaming reader such as exceljs's follows, say the
 * same as the central directory, which the size checks read; and that the entries tile the
 * file up to the central directory. Without this, a file could list small entries centrally
 * while hiding a bomb in bytes the central directory never mentions.
 */
export async function assertConsistentLayout(
  zip: ZipFile,
  file: { path: string; handle: FileHandle },
  entries: Entry[],
  directoryOffset: number,
): Promise<void> {
  const sorted = [...entries].sort(
    (a, b) => a.relativeOffsetOfLocalHeader - b.relativeOffsetOfLocalHeader,
  );
  let expected = 0;
  for (const entry of sorted) {
    if (entry.relativeOffsetOfLocalHeader !== expected) {
      throw new ZipRefused('has data outside its listed entries');
    }
    const local = await zip.readLocalFileHeaderPromise(entry);
    const hasDescriptor = (local.generalPurposeBitFlag & 0x8) !== 0;
    const sizesInDescriptor = hasDescriptor && local.compressedSize === 0;
    if (
      !local.fileName.equals(entry.fileNameRaw) ||
      local.compressionMethod !== entry.compressionMethod ||
      (local.generalPurposeBitFlag & 0x1) !== 0 ||
      (!sizesInDescriptor &&
        (local.compressedSize !== entry.compressedSize ||
          local.uncompressedSize !== entry.uncompressedSize))
    ) {
      throw new ZipRefused(`has an entry whose local header contradicts its directory entry`);
    }
    const dataEnd = local.fileDataStart + entry.compressedSize;
    expected = dataEnd;
    if (hasDescriptor) {
      // A streaming reader finds the end of such an entry by searching for the descriptor's
      // signature, so the data must not contain it before the real end.
      if (sizesInDescriptor && (await containsSignature(file.path, local.fileDataStart, dataEnd))) {
        throw new ZipRefused('has an entry that a streaming reader would cut short');
      }
      // That reader also takes the descriptor to be 16 bytes, signature first.
      const descriptor = Buffer.alloc(4);
      await file.handle.read(descriptor, 0, 4, dataEnd);
      if (descriptor.readUInt32LE(0) !== dataDescriptorSignature) {
        throw new ZipRefused('has an entry without a data descriptor signature');
      }
      expected = dataEnd + 16;
    }
  }
  if (expected !== directoryOffset) throw new ZipRefused('has data outside its listed entries');
}

async function containsSignature(filePath: string, start: number, end: number): Promise<boolean> {
  if (end <= start) return false;
  const pattern = Buffer.alloc(4);
  pattern.writeUInt32LE(dataDescriptorSignature);
  let carry = Buffer.alloc(0);
  for await (const chunk of createReadStream(filePath, { start, end: end - 1 })) {
    const window = Buffer.concat([carry, chunk as Buffer]);
    if (window.includes(pattern)) return true;
    carry = window.subarray(Math.max(0, window.length - 3));
  }
  return false;
}
