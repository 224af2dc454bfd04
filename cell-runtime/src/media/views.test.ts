import type { MediaRow } from './repository';
import { toImageView, toMediaView } from './views';

const row: MediaRow = {
  id: '0b7e4c1d-3333-4000-8000-000000000003',
  tenant_id: '6f1c2a9e-1111-4000-8000-000000000001',
  product_id: '9d3f0a2b-4444-4000-8000-000000000004',
  storage_key: 't/6f1c2a9e-1111-4000-8000-000000000001/m/0b7e4c1d-3333-4000-8000-000000000003/abc',
  source: 'upload',
  source_url: null,
  content_type: 'image/jpeg',
  width: 1200,
  height: 800,
  bytes: 12345,
  widths: [640, 320, 1024],
  alt: 'A red shirt',
  position: 2,
  created_at: new Date(),
};

describe('media views', () => {
  it('lists sizes narrowest first, with URLs relative to the store by default', () => {
    const view = toMediaView(row);
    expect(view.sizes).toEqual([
      { width: 320, url: `/api/v1/media/${row.storage_key}-320.webp` },
      { width: 640, url: `/api/v1/media/${row.storage_key}-640.webp` },
      { width: 1024, url: `/api/v1/media/${row.storage_key}-1024.webp` },
    ]);
    expect(view.url).toBe(`/api/v1/media/${row.storage_key}-1024.webp`);
    expect(view.srcset).toBe(view.sizes.map((size) => `${size.url} ${size.width}w`).join(', '));
    expect(view).toMatchObject({ alt: 'A red shirt', width: 1200, height: 800, position: 2 });
  });

  it('puts URLs under MEDIA_PUBLIC_BASE_URL when a CDN serves the objects', () => {
    const image = toImageView(row, { publicBaseUrl: 'https://cdn.example.com' });
    expect(image).toEqual({
      id: row.id,
      url: `https://cdn.example.com/${row.storage_key}-1024.webp`,
      alt: 'A red shirt',
      width: 1200,
      height: 800,
      srcset: [320, 640, 1024]
        .map((width) => `https://cdn.example.com/${row.storage_key}-${width}.webp ${width}w`)
        .join(', '),
    });
  });
});
