import type { Readable } from 'node:stream';

export interface PutOptions {
  contentType: string;
  /** Sent back as `Cache-Control` by storage that serves objects itself (S3 behind a CDN). */
  cacheControl: string;
}

export interface StoredObject {
  body: Readable;
  contentLength: number;
  contentType: string;
  /** A quoted entity tag, as sent in the `ETag` header. */
  etag: string;
}

/**
 * Where image renditions live. Keys are relative paths such as
 * `t/<tenantId>/m/<mediaId>/<hash>-<width>.webp`; callers scope them by tenant, the storage
 * only refuses keys that could escape its namespace.
 */
export interface ObjectStorage {
  put(key: string, body: Buffer, options: PutOptions): Promise<void>;
  /** The object as a stream, or undefined when there is no such key. */
  get(key: string): Promise<StoredObject | undefined>;
  /** Removes the keys that exist; missing ones are not an error. */
  deleteMany(keys: string[]): Promise<void>;
}

/** A key that is not a plain relative path of safe segments: a bug or an attack, never data. */
export class InvalidStorageKeyError extends Error {
  constructor(key: string) {
    super(`invalid storage key: ${JSON.stringify(key.slice(0, 200))}`);
    this.name = 'InvalidStorageKeyError';
  }
}

// A segment may not start with a dot, which rules out `.`, `..` and hidden files.
const safeSegment = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/** Relative, `/`-separated, no empty, `.` or `..` segments, no backslashes or control characters. */
export function assertSafeKey(key: string): void {
  const segments = key.split('/');
  const isSafe =
    key.length > 0 && key.length <= 1024 && segments.every((segment) => safeSegment.test(segment));
  if (!isSafe) throw new InvalidStorageKeyError(key);
}
