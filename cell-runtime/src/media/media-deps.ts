import { S3Client } from '@aws-sdk/client-s3';
import { isPublicAddress } from './address-policy';
import type { RemoteFetchOptions } from './fetch-remote-image';
import { LocalObjectStorage } from './local-object-storage';
import type { MediaConfig } from './media-config';
import type { ObjectStorage } from './object-storage';
import type { ImageLimits } from './process-image';
import { S3ObjectStorage } from './s3-object-storage';
import { isWebPort, resolveWithDns } from './vet-remote-url';
import type { MediaUrlOptions } from './views';

/** What the media routes need besides the database; tests swap in their own storage and policy. */
export interface MediaDeps {
  storage: ObjectStorage;
  limits: ImageLimits;
  urls: MediaUrlOptions;
  /** Import by URL; its byte cap is `limits.maxBytes`. */
  remote: Omit<RemoteFetchOptions, 'maxBytes'>;
}

export function createObjectStorage(config: MediaConfig): ObjectStorage {
  if (config.MEDIA_STORAGE === 'local') return new LocalObjectStorage(config.MEDIA_LOCAL_DIR);
  const client = new S3Client({
    region: config.MEDIA_S3_REGION,
    ...(config.MEDIA_S3_ENDPOINT
      ? { endpoint: config.MEDIA_S3_ENDPOINT, forcePathStyle: true }
      : {}),
  });
  return new S3ObjectStorage(client, config.MEDIA_S3_BUCKET ?? '');
}

export function createMediaDeps(config: MediaConfig): MediaDeps {
  return {
    storage: createObjectStorage(config),
    limits: { maxBytes: config.MEDIA_MAX_BYTES, maxPixels: config.MEDIA_MAX_PIXELS },
    urls: { publicBaseUrl: config.MEDIA_PUBLIC_BASE_URL },
    remote: {
      resolve: resolveWithDns,
      isAllowedAddress: isPublicAddress,
      isAllowedPort: isWebPort,
      maxRedirects: 3,
      connectTimeoutMs: config.MEDIA_IMPORT_CONNECT_TIMEOUT_MS,
      totalTimeoutMs: config.MEDIA_IMPORT_TIMEOUT_MS,
    },
  };
}
