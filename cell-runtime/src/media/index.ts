export { mediaForProducts } from './media-for-products';
export { createMediaDeps, createObjectStorage, type MediaDeps } from './media-deps';
export { mediaConfigSchema, type MediaConfig } from './media-config';
export { adminMediaRouter, mediaUploadRouter, publicMediaRouter } from './routes';
export { LocalObjectStorage } from './local-object-storage';
export { S3ObjectStorage } from './s3-object-storage';
export type { ObjectStorage, PutOptions, StoredObject } from './object-storage';
