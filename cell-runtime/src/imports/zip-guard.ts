import { open } from 'node:fs/promises';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { zipLimits } from './limits';
import { assertConsistentLayout, centralDirectoryOffset } from './zip-layout';
import { ZipRefused } from './zip-refused';

const zip64ExtraFieldId = 0x0001;

/**
 * Refuses an XLSX that could make parsing it expensive, before exceljs sees a byte: too many
 * entries, too much inflated data, an entry compressed too well, encryption, ZIP64, a layout a
 * streaming reader would read differently, or sizes its content does not keep to. The checks
 * inflate at most `maxTotalUncompressedBytes`, and stop as soon as an entry overruns its size.
 * Throws a 400 `AppError` naming the reason.
 */
export async function assertSafeXlsx(filePath: string, limits = zipLimits): Promise<void> {
  try {
    await inspect(filePath, limits);
  } catch (error) {
    if (error instanceof ZipRefused) throw error.toAppError();
    throw new ZipRefused('is not a readable .xlsx file').toAppError();
  }
}

async function inspect(filePath: string, limits: typeof zipLimits): Promise<void> {
  const handle = await open(filePath, 'r');
  let zip: ZipFile | undefined;
  try {
    const { size } = await handle.stat();
    const directoryOffset = await centralDirectoryOffset(handle, size);
    zip = await yauzl.openPromise(filePath, {
      autoClose: false,
      validateEntrySizes: true,
      strictFileNames: true,
    });
    if (zip.entryCount > limits.maxEntries) {
      throw new ZipRefused(
        `has ${zip.entryCount} entries, more than the ${limits.maxEntries} allowed`,
      );
    }
    const entries = await readEntries(zip, limits);
    if (!entries.some((entry) => /^xl\/worksheets\/sheet\d+\.xml$/.test(entry.fileName))) {
      throw new ZipRefused('has no worksheet: it is not an Excel .xlsx file');
    }
    await assertConsistentLayout(zip, { path: filePath, handle }, entries, directoryOffset);
    for (const entry of entries) await assertKeepsToItsSize(zip, entry);
  } finally {
    zip?.close();
    await handle.close();
  }
}

/** The central directory's claims, checked before anything is inflated. */
async function readEntries(zip: ZipFile, limits: typeof zipLimits): Promise<Entry[]> {
  const entries: Entry[] = [];
  let total = 0;
  for await (const entry of zip.eachEntry()) {
    if (entries.length >= limits.maxEntries) {
      throw new ZipRefused(`has more than the ${limits.maxEntries} entries allowed`);
    }
    if (entry.isEncrypted()) throw new ZipRefused('is encrypted');
    if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
      throw new ZipRefused(`uses compression method ${entry.compressionMethod}`);
    }
    if (entry.extraFields.some((field) => field.id === zip64ExtraFieldId)) {
      throw new ZipRefused('uses ZIP64, which a catalog workbook never needs');
    }
    total += entry.uncompressedSize;
    if (total > limits.maxTotalUncompressedBytes) {
      throw new ZipRefused(
        `would inflate to more than ${limits.maxTotalUncompressedBytes / (1024 * 1024)} MiB`,
      );
    }
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize >= limits.ratioCheckFromBytes && ratio > limits.maxRatio) {
      throw new ZipRefused(
        `has an entry compressed ${Math.round(ratio)}:1, more than the ${limits.maxRatio}:1 allowed`,
      );
    }
    entries.push(entry);
  }
  return entries;
}

/** Inflates an entry into nothing; yauzl errors as soon as it yields more than it declared. */
async function assertKeepsToItsSize(zip: ZipFile, entry: Entry): Promise<void> {
  try {
    const stream = await zip.openReadStreamPromise(entry);
    for await (const _chunk of stream as AsyncIterable<Buffer>) {
      // discard: only the size check matters
    }
  } catch {
    throw new ZipRefused('has an entry whose content does not match its declared size');
  }
}
