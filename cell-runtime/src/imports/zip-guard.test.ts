import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AppError } from '@mpb/http';
import { toXlsx } from './test/files';
import { buildZip, deflatedEntry, workbookParts, zerosEntry } from './test/zip-builder';
import { assertSafeXlsx } from './zip-guard';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'zip-guard-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function guard(bytes: Buffer): Promise<string | undefined> {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.xlsx`);
  await writeFile(file, bytes);
  try {
    await assertSafeXlsx(file);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(400);
    return (error as AppError).message;
  }
}

const sheet = (content = '<worksheet/>') => deflatedEntry('xl/worksheets/sheet1.xml', content);

describe('the XLSX zip guard', () => {
  it('lets a real workbook through', async () => {
    expect(await guard(await toXlsx([['handle', 'sku', 'price', 'stock']]))).toBeUndefined();
    expect(await guard(buildZip([...workbookParts(), sheet()]))).toBeUndefined();
  });

  it('refuses a bomb by its declared size, before inflating anything, in well under a second', async () => {
    const bomb = buildZip([
      ...workbookParts(),
      await zerosEntry('xl/worksheets/sheet1.xml', 200 * 1024 * 1024),
    ]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const started = Date.now();
    expect(await guard(bomb)).toMatch(/would inflate to more than 50 MiB/);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('refuses an entry compressed more than 100:1 even when the total is small', async () => {
    const dense = await zerosEntry('xl/worksheets/sheet1.xml', 10 * 1024 * 1024);
    expect(await guard(buildZip([...workbookParts(), dense]))).toMatch(/compressed \d+:1/);
  });

  it('refuses an entry whose content overruns the size its headers declare', async () => {
    const liar = await zerosEntry('xl/worksheets/sheet1.xml', 30 * 1024 * 1024);
    liar.declaredUncompressedSize = liar.data.length * 10;
    expect(await guard(buildZip([...workbookParts(), liar]))).toMatch(
      /does not match its declared size/,
    );
  });

  it('refuses bytes hidden between entries, where a streaming reader would find them', async () => {
    const hidden = buildZip([...workbookParts(), sheet()], { gapAfterFirst: Buffer.alloc(64, 1) });
    expect(await guard(hidden)).toMatch(/data outside its listed entries/);
  });

  it('refuses more than 100 entries', async () => {
    const many = Array.from({ length: 101 }, (_, index) =>
      deflatedEntry(`xl/media/${index}.txt`, 'x'),
    );
    expect(await guard(buildZip([...workbookParts(), sheet(), ...many]))).toMatch(
      /more than the 100/,
    );
  });

  it('refuses encrypted entries and zips that are not workbooks', async () => {
    const encrypted = { ...sheet(), flags: 0x801 };
    expect(await guard(buildZip([...workbookParts(), encrypted]))).toMatch(/is encrypted/);
    expect(await guard(buildZip([deflatedEntry('readme.txt', 'hello')]))).toMatch(/no worksheet/);
    expect(await guard(Buffer.from('PK\u0003\u0004 and then nothing of a zip'))).toMatch(
      /is not a readable/,
    );
  });
});
