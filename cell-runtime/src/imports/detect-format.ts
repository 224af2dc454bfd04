import { open } from 'node:fs/promises';
import { AppError } from '@mpb/http';

export type ImportFormat = 'csv' | 'xlsx';

const zipMagic = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** Compound File Binary: the Excel 97-2003 .xls format (and old Word, which is no better). */
const cfbMagic = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/**
 * Decides the format from the bytes, never from the file name or the client's content type:
 * an XLSX is a zip (PK\3\4); anything else must look like text to be treated as CSV.
 */
export async function detectFormat(filePath: string): Promise<ImportFormat> {
  const handle = await open(filePath, 'r');
  try {
    const head = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const bytes = head.subarray(0, bytesRead);
    if (bytes.subarray(0, 4).equals(zipMagic)) return 'xlsx';
    if (bytes.subarray(0, 8).equals(cfbMagic)) {
      throw unsupported(
        'Excel 97-2003 (.xls) files are not supported: save the file as .xlsx or CSV',
      );
    }
    // NUL bytes never occur in UTF-8 text; they mark a binary file or a UTF-16 export.
    if (bytes.includes(0)) {
      throw unsupported('The file is neither CSV (UTF-8 text) nor an Excel .xlsx workbook');
    }
    return 'csv';
  } finally {
    await handle.close();
  }
}

function unsupported(message: string): AppError {
  return AppError.validation({ file: message }, message);
}
