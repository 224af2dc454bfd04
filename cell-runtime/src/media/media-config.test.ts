import { ConfigError } from '@mpb/config';
import { loadCellConfig } from '../config';
import { cellOpenApi } from '../openapi';
import { createObjectStorage } from './media-deps';
import { LocalObjectStorage } from './local-object-storage';
import { S3ObjectStorage } from './s3-object-storage';

const required = {
  CELL_ID: 'test-cell',
  DATABASE_URL: 'postgres://app@127.0.0.1/cell',
  INTERNAL_API_TOKEN: 'x'.repeat(32),
  STOREFRONT_PREVIEW_SECRET: 'p'.repeat(32),
  AUTH_JWKS: '{"keys":[]}',
  STRIPE_SECRET_KEY: 'sk_test_mediaconfig',
};

describe('media configuration', () => {
  it('defaults to local storage, 10 MiB and 50 megapixels', () => {
    const config = loadCellConfig(required);
    expect(config).toMatchObject({
      MEDIA_STORAGE: 'local',
      MEDIA_LOCAL_DIR: '.mpb/media',
      MEDIA_MAX_BYTES: 10 * 1024 * 1024,
      MEDIA_MAX_PIXELS: 50_000_000,
      MEDIA_IMPORT_CONNECT_TIMEOUT_MS: 5_000,
      MEDIA_IMPORT_TIMEOUT_MS: 20_000,
    });
    expect(config.MEDIA_PUBLIC_BASE_URL).toBeUndefined();
    expect(createObjectStorage(config)).toBeInstanceOf(LocalObjectStorage);
  });

  it('requires a bucket and a region for S3, and stops at start-up without them', () => {
    expect(() => loadCellConfig({ ...required, MEDIA_STORAGE: 's3' })).toThrow(ConfigError);
    try {
      loadCellConfig({ ...required, MEDIA_STORAGE: 's3' });
    } catch (error) {
      expect((error as ConfigError).issues).toEqual([
        { variable: 'MEDIA_S3_BUCKET', message: 'is required when MEDIA_STORAGE=s3' },
        { variable: 'MEDIA_S3_REGION', message: 'is required when MEDIA_STORAGE=s3' },
      ]);
    }
    const config = loadCellConfig({
      ...required,
      MEDIA_STORAGE: 's3',
      MEDIA_S3_BUCKET: 'mpb-media',
      MEDIA_S3_REGION: 'sa-east-1',
      MEDIA_S3_ENDPOINT: 'http://127.0.0.1:9000',
      MEDIA_PUBLIC_BASE_URL: 'https://cdn.example.com/',
    });
    expect(config.MEDIA_PUBLIC_BASE_URL).toBe('https://cdn.example.com');
    expect(createObjectStorage(config)).toBeInstanceOf(S3ObjectStorage);
  });

  it('refuses a cap that is not a positive number', () => {
    expect(() => loadCellConfig({ ...required, MEDIA_MAX_BYTES: '0' })).toThrow(/MEDIA_MAX_BYTES/);
  });
});

describe('the media routes in the store’s OpenAPI document', () => {
  const document = cellOpenApi() as {
    paths: Record<string, Record<string, { requestBody?: { content: Record<string, unknown> } }>>;
  };

  it('lists every route, with the upload as multipart', () => {
    expect(Object.keys(document.paths['/api/v1/admin/products/{id}/media']!)).toEqual(
      expect.arrayContaining(['post', 'get']),
    );
    expect(Object.keys(document.paths['/api/v1/admin/products/{id}/media/import']!)).toEqual([
      'post',
    ]);
    expect(Object.keys(document.paths['/api/v1/admin/media/{id}']!).sort()).toEqual([
      'delete',
      'patch',
    ]);
    expect(Object.keys(document.paths['/api/v1/media/{key}']!)).toEqual(['get']);
    const upload = document.paths['/api/v1/admin/products/{id}/media']!.post!;
    expect(Object.keys(upload.requestBody!.content)).toEqual(['multipart/form-data']);
  });
});
