import { isRenditionKeyOf, mediaStorageKey, renditionKey } from './storage-keys';

const tenant = '6f1c2a9e-1111-4000-8000-000000000001';
const otherTenant = '6f1c2a9e-2222-4000-8000-000000000002';
const media = '0b7e4c1d-3333-4000-8000-000000000003';
const key = renditionKey(mediaStorageKey(tenant, media, 'a1b2c3d4e5f60718293a'), 640);

describe('rendition keys', () => {
  it('are scoped by tenant and media, with the content hash and width', () => {
    expect(key).toBe(`t/${tenant}/m/${media}/a1b2c3d4e5f60718293a-640.webp`);
    expect(isRenditionKeyOf(tenant, key)).toBe(true);
  });

  it.each([
    ['another tenant', otherTenant, key],
    [
      'a traversal',
      tenant,
      `t/${tenant}/m/../../${otherTenant}/m/${media}/a1b2c3d4e5f60718293a-640.webp`,
    ],
    ['a prefix only', tenant, `t/${tenant}/m/${media}/`],
    ['another extension', tenant, key.replace('.webp', '.png')],
    ['a suffix', tenant, `${key}/..`],
    ['a leading slash', tenant, `/${key}`],
    ['no width', tenant, key.replace('-640', '')],
    ['a zero width', tenant, key.replace('-640', '-0')],
    ['a short hash', tenant, key.replace('a1b2c3d4e5f60718293a', 'a1b2')],
    ['a newline', tenant, `${key}\n`],
  ])('refuses %s', (_name, tenantId, candidate) => {
    expect(isRenditionKeyOf(tenantId, candidate)).toBe(false);
  });
});
