import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

/** One entry of a hand-made zip; the `declared*` fields let a test make the headers lie. */
export interface ZipEntry {
  name: string;
  /** The bytes as stored: deflated when `method` is 8. */
  data: Buffer;
  method: 0 | 8;
  crc: number;
  uncompressedSize: number;
  declaredUncompressedSize?: number;
  flags?: number;
}

export function deflatedEntry(name: string, content: string | Buffer): ZipEntry {
  const raw = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
  return {
    name,
    data: deflateRawSync(raw),
    method: 8,
    crc: crc32(raw),
    uncompressedSize: raw.length,
  };
}

/** `bytes` of zeros deflated as a stream: a zip bomb entry without holding the zeros in memory. */
export async function zerosEntry(name: string, bytes: number): Promise<ZipEntry> {
  const chunk = Buffer.alloc(1024 * 1024);
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (part: Buffer) => out.push(part));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  let crc = 0;
  for (let written = 0; written < bytes; written += chunk.length) {
    const piece = chunk.subarray(0, Math.min(chunk.length, bytes - written));
    crc = crc32(piece, crc);
    if (!deflate.write(piece)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return { name, data: Buffer.concat(out), method: 8, crc, uncompressedSize: bytes };
}

/**
 * Writes a zip by hand (local headers, data, central directory, end record), so tests can
 * build what no well-behaved library would: bombs, lying sizes, hidden bytes.
 */
export function buildZip(entries: ZipEntry[], options: { gapAfterFirst?: Buffer } = {}): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  entries.forEach((entry, index) => {
    const name = Buffer.from(entry.name, 'utf8');
    const size = entry.declaredUncompressedSize ?? entry.uncompressedSize;
    const flags = entry.flags ?? 0x800;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(flags, 8);
    header.writeUInt16LE(entry.method, 10);
    header.writeUInt16LE(0, 12);
    header.writeUInt16LE(0x21, 14);
    header.writeUInt32LE(entry.crc >>> 0, 16);
    header.writeUInt32LE(entry.data.length, 20);
    header.writeUInt32LE(size, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    central.push(header, name);
    parts.push(local, name, entry.data);
    offset += local.length + name.length + entry.data.length;
    if (index === 0 && options.gapAfterFirst) {
      parts.push(options.gapAfterFirst);
      offset += options.gapAfterFirst.length;
    }
  });
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

/** The parts of a minimal workbook other than its sheet, so only the sheet is at fault. */
export function workbookParts(): ZipEntry[] {
  return [
    deflatedEntry(
      '[Content_Types].xml',
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    deflatedEntry('xl/workbook.xml', '<?xml version="1.0"?><workbook/>'),
  ];
}
