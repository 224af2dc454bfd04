import { Readable } from 'node:stream';
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import {
  assertSafeKey,
  type ObjectStorage,
  type PutOptions,
  type StoredObject,
} from './object-storage';

// DeleteObjects takes at most 1,000 keys per call.
const DELETE_BATCH = 1000;

/**
 * Objects in one S3 bucket (or an S3-compatible store). Content type and Cache-Control are
 * stored with each object so a CDN in front of the bucket serves them right; credentials come
 * from the SDK's default chain (instance role, environment), never from our config.
 */
export class S3ObjectStorage implements ObjectStorage {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
  ) {}

  async put(key: string, body: Buffer, options: PutOptions): Promise<void> {
    assertSafeKey(key);
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: body,
        ContentLength: body.length,
        ContentType: options.contentType,
        CacheControl: options.cacheControl,
      }),
    );
  }

  async get(key: string): Promise<StoredObject | undefined> {
    assertSafeKey(key);
    try {
      const output = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: key }),
      );
      if (!(output.Body instanceof Readable)) throw new Error('S3 returned no body stream');
      return {
        body: output.Body,
        contentLength: output.ContentLength ?? 0,
        contentType: output.ContentType ?? 'application/octet-stream',
        etag: output.ETag ?? `"${key}"`,
      };
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async deleteMany(keys: string[]): Promise<void> {
    keys.forEach(assertSafeKey);
    for (let start = 0; start < keys.length; start += DELETE_BATCH) {
      const batch = keys.slice(start, start + DELETE_BATCH);
      const output = await this.client.send(
        new DeleteObjectsCommand({
          Bucket: this.bucket,
          Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true },
        }),
      );
      // Quiet mode lists only failures; a partial failure must not pass as success.
      const failed = output.Errors ?? [];
      if (failed.length > 0) {
        throw new Error(
          `S3 refused to delete ${failed.length} object(s): ${failed
            .map((entry) => `${entry.Key ?? '?'} (${entry.Code ?? 'error'})`)
            .join(', ')}`,
        );
      }
    }
  }
}

function isNotFound(error: unknown): boolean {
  const { name, $metadata } = (error ?? {}) as {
    name?: string;
    $metadata?: { httpStatusCode?: number };
  };
  return name === 'NoSuchKey' || name === 'NotFound' || $metadata?.httpStatusCode === 404;
}
