import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { LocalObjectStorage } from './local-object-storage';
import { InvalidStorageKeyError } from './object-storage';
import { S3ObjectStorage } from './s3-object-storage';

const putOptions = {
  contentType: 'image/webp',
  cacheControl: 'public, max-age=31536000, immutable',
};
const key =
  't/6f1c2a9e-0000-4000-8000-000000000001/m/6f1c2a9e-0000-4000-8000-000000000002/abc-320.webp';

const traversalKeys = [
  '../outside.webp',
  't/../../outside.webp',
  't/a/../../../etc/passwd',
  '/etc/passwd',
  'C:\\windows\\win.ini',
  't\\..\\..\\outside.webp',
  't//double.webp',
  't/./here.webp',
  't/.hidden',
  '',
  't/a\0b.webp',
  't/%2e%2e/x.webp',
];

describe('LocalObjectStorage', () => {
  let root: string;
  let storage: LocalObjectStorage;

  beforeEach(async () => {
    const parent = await mkdtemp(path.join(tmpdir(), 'mpb-media-'));
    root = path.join(parent, 'objects');
    storage = new LocalObjectStorage(root);
  });
  afterEach(async () => {
    await rm(path.dirname(root), { recursive: true, force: true });
  });

  it('stores, streams back with length and ETag, and deletes', async () => {
    await storage.put(key, Buffer.from('webp bytes'), putOptions);
    expect(await readFile(path.join(root, key), 'utf8')).toBe('webp bytes');

    const object = await storage.get(key);
    expect(object).toMatchObject({ contentLength: 10, contentType: 'image/webp' });
    expect(object!.etag).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
    expect(await text(object!.body)).toBe('webp bytes');

    await storage.deleteMany([key, `${key}.missing`]);
    expect(await storage.get(key)).toBeUndefined();
    // The image's directory goes with its last rendition.
    expect(await readdir(path.join(root, 't', key.split('/')[1]!, 'm'))).toEqual([]);
  });

  it('answers undefined for a key that does not exist', async () => {
    expect(await storage.get(key)).toBeUndefined();
  });

  it.each(traversalKeys)('refuses the key %j, for every operation', async (bad) => {
    await expect(storage.put(bad, Buffer.from('x'), putOptions)).rejects.toThrow(
      InvalidStorageKeyError,
    );
    await expect(storage.get(bad)).rejects.toThrow(InvalidStorageKeyError);
    await expect(storage.deleteMany([bad])).rejects.toThrow(InvalidStorageKeyError);
    // Nothing was written next to the root either.
    expect(await readdir(path.dirname(root))).toEqual([]);
  });
});

describe('S3ObjectStorage', () => {
  const s3 = mockClient(S3Client);
  const storage = new S3ObjectStorage(new S3Client({ region: 'sa-east-1' }), 'mpb-media');

  beforeEach(() => s3.reset());

  it('puts with the bucket, key, content type and cache control', async () => {
    s3.on(PutObjectCommand).resolves({});
    await storage.put(key, Buffer.from('webp bytes'), putOptions);
    const [call] = s3.commandCalls(PutObjectCommand);
    expect(call!.args[0].input).toEqual({
      Bucket: 'mpb-media',
      Key: key,
      Body: Buffer.from('webp bytes'),
      ContentLength: 10,
      ContentType: 'image/webp',
      CacheControl: 'public, max-age=31536000, immutable',
    });
  });

  it('streams an object back with its length, type and ETag', async () => {
    s3.on(GetObjectCommand, { Bucket: 'mpb-media', Key: key }).resolves({
      Body: Readable.from([Buffer.from('webp bytes')]) as never,
      ContentLength: 10,
      ContentType: 'image/webp',
      ETag: '"0123abcd"',
    });
    const object = await storage.get(key);
    expect(object).toMatchObject({
      contentLength: 10,
      contentType: 'image/webp',
      etag: '"0123abcd"',
    });
    expect(await text(object!.body)).toBe('webp bytes');
  });

  it('answers undefined for a missing key', async () => {
    s3.on(GetObjectCommand).rejects(
      new NoSuchKey({ message: 'The key does not exist', $metadata: {} }),
    );
    expect(await storage.get(key)).toBeUndefined();
  });

  it('passes on other failures', async () => {
    s3.on(GetObjectCommand).rejects(new Error('AccessDenied'));
    await expect(storage.get(key)).rejects.toThrow('AccessDenied');
  });

  it('deletes in batches of 1000, quietly, and fails when S3 reports an error', async () => {
    s3.on(DeleteObjectsCommand).resolves({});
    const keys = Array.from({ length: 1001 }, (_, index) => `t/x/m/y/k-${index}.webp`);
    await storage.deleteMany(keys);
    const calls = s3.commandCalls(DeleteObjectsCommand).map((call) => call.args[0].input);
    expect(
      calls.map((input) => [input.Bucket, input.Delete?.Objects?.length, input.Delete?.Quiet]),
    ).toEqual([
      ['mpb-media', 1000, true],
      ['mpb-media', 1, true],
    ]);
    expect(calls[1]!.Delete!.Objects).toEqual([{ Key: 't/x/m/y/k-1000.webp' }]);

    s3.on(DeleteObjectsCommand).resolves({ Errors: [{ Key: keys[0], Code: 'AccessDenied' }] });
    await expect(storage.deleteMany([keys[0]!])).rejects.toThrow(/AccessDenied/);
  });

  it.each(traversalKeys)('refuses the key %j without calling S3', async (bad) => {
    await expect(storage.put(bad, Buffer.from('x'), putOptions)).rejects.toThrow(
      InvalidStorageKeyError,
    );
    await expect(storage.get(bad)).rejects.toThrow(InvalidStorageKeyError);
    expect(s3.calls()).toHaveLength(0);
  });
});
