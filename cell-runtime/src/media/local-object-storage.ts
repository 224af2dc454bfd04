import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  assertSafeKey,
  InvalidStorageKeyError,
  type ObjectStorage,
  type PutOptions,
  type StoredObject,
} from './object-storage';

const contentTypeByExtension: Record<string, string> = {
  '.webp': 'image/webp',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
};

/**
 * Objects as files under one directory: the default for development and single-host setups.
 * The content type comes from the extension and cache metadata is not kept, because the media
 * route sets both headers itself.
 */
export class LocalObjectStorage implements ObjectStorage {
  private readonly root: string;

  constructor(rootDir: string) {
    this.root = path.resolve(rootDir);
  }

  async put(key: string, body: Buffer, _options: PutOptions): Promise<void> {
    const file = this.fileOf(key);
    await mkdir(path.dirname(file), { recursive: true });
    // Write then rename, so a reader never sees half a file.
    const temporary = `${file}.${randomUUID()}.tmp`;
    try {
      await writeFile(temporary, body);
      await rename(temporary, file);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<StoredObject | undefined> {
    const file = this.fileOf(key);
    let stats;
    try {
      stats = await stat(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    if (!stats.isFile()) return undefined;
    return {
      body: createReadStream(file),
      contentLength: stats.size,
      contentType: contentTypeByExtension[path.extname(file)] ?? 'application/octet-stream',
      etag: `"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`,
    };
  }

  async deleteMany(keys: string[]): Promise<void> {
    const files = keys.map((key) => this.fileOf(key));
    await Promise.all(files.map((file) => rm(file, { force: true })));
    // Drop directories left empty (one per image); rmdir refuses the ones still in use.
    const directories = new Set(files.map((file) => path.dirname(file)));
    await Promise.all([...directories].map((directory) => rmdir(directory).catch(() => undefined)));
  }

  /** The file of a key, refusing any key that would resolve outside the root. */
  private fileOf(key: string): string {
    assertSafeKey(key);
    const file = path.resolve(this.root, key);
    if (!file.startsWith(this.root + path.sep)) throw new InvalidStorageKeyError(key);
    return file;
  }
}
