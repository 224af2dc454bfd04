import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readCsvRows } from './csv-rows';
import { ImportFailure } from './import-failure';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'csv-rows-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function read(content: string | Buffer): Promise<string[][]> {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.csv`);
  await writeFile(file, content);
  const rows: string[][] = [];
  for await (const row of readCsvRows(file)) rows.push(row.cells);
  return rows;
}

describe('reading a CSV', () => {
  it('detects `;` from the header, drops a BOM, keeps decimal commas and quoted newlines', async () => {
    const rows = await read('\uFEFFhandle;price;description\r\ntee;19,90;"two\nlines"\r\n');
    expect(rows).toEqual([
      ['handle', 'price', 'description'],
      ['tee', '19,90', 'two\nlines'],
    ]);
  });

  it('reads `,` files with quoted commas', async () => {
    expect(await read('handle,tags\ntee,"a, b"\n')).toEqual([
      ['handle', 'tags'],
      ['tee', 'a, b'],
    ]);
  });

  it('fails with the line on an unclosed quote or a row of the wrong width', async () => {
    await expect(read('handle,sku\ntee,"TEE-1\nmug,MUG-1\n')).rejects.toThrow(
      /Quote Not Closed.*line 3/,
    );
    await expect(read('handle,sku\ntee,TEE-1\nmug\n')).rejects.toThrow(/expect 2, got 1 on line 3/);
    await expect(read('handle,sku\ntee,TEE-1\nmug\n')).rejects.toBeInstanceOf(ImportFailure);
  });

  it('refuses text that is not UTF-8 rather than import mangled accents', async () => {
    const latin1 = Buffer.from('handle,title\ncafe,Caf\xe9\n', 'latin1');
    await expect(read(latin1)).rejects.toThrow(/not UTF-8/);
  });
});
