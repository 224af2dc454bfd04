import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline, Transform, type TransformCallback } from 'node:stream';
import { parse } from 'csv-parse';
import { ImportFailure } from './import-failure';
import type { SheetRow } from './sheet-row';

/** Longest record accepted, in characters: a description of 20,000 plus every other column. */
const maxRecordChars = 100_000;

/**
 * The records of a CSV file, streamed. The delimiter (`,` or `;`) is read from the header line;
 * the text must be UTF-8 (a BOM is dropped). A malformed file (an unclosed quote, a record
 * with another number of fields than the header) throws `ImportFailure` naming the line.
 */
export async function* readCsvRows(filePath: string): AsyncGenerator<SheetRow> {
  const delimiter = await detectDelimiter(filePath);
  const parser = parse({
    delimiter,
    relax_column_count: false,
    skip_empty_lines: true,
    max_record_size: maxRecordChars,
  });
  // pipeline destroys every stage on an error or when the consumer stops early.
  const records = pipeline(createReadStream(filePath), new StrictUtf8Decoder(), parser, () => {});
  let number = 0;
  try {
    for await (const record of records as AsyncIterable<string[]>) {
      number++;
      yield { number, cells: record };
    }
  } catch (error) {
    if (error instanceof ImportFailure) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new ImportFailure(`The CSV could not be read: ${message}`, { cause: error });
  }
}

/** `;` when the header has more semicolons than commas (European Excel), `,` otherwise. */
async function detectDelimiter(filePath: string): Promise<string> {
  const handle = await open(filePath, 'r');
  try {
    const head = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const firstLine =
      head
        .subarray(0, bytesRead)
        .toString('utf8')
        .split(/\r?\n|\r/, 1)[0] ?? '';
    const count = (char: string) => firstLine.split(char).length - 1;
    return count(';') > count(',') ? ';' : ',';
  } finally {
    await handle.close();
  }
}

/**
 * Decodes UTF-8 and refuses anything else, instead of silently turning the accents of a
 * Latin-1 export into replacement characters in the catalog.
 */
class StrictUtf8Decoder extends Transform {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });

  constructor() {
    super({ decodeStrings: true, readableObjectMode: false, encoding: 'utf8' });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.decode(() => this.decoder.decode(chunk, { stream: true }), callback);
  }

  override _flush(callback: TransformCallback): void {
    this.decode(() => this.decoder.decode(), callback);
  }

  private decode(work: () => string, callback: TransformCallback): void {
    let text: string;
    try {
      text = work();
    } catch {
      callback(
        new ImportFailure('The file is not UTF-8 text: save it as “CSV UTF-8” and try again'),
      );
      return;
    }
    callback(null, text);
  }
}
