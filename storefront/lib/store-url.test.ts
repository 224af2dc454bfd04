import {
  absoluteUrl,
  canonicalUrl,
  isHttpsOrigin,
  normalizeHost,
  safeImageUrl,
  safeSrcSet,
  storeOrigin,
} from './store-url';

describe('normalizeHost', () => {
  it.each([
    ['Shop.Example.com', 'shop.example.com'],
    ['shop.localhost:8080', 'shop.localhost'],
    ['shop.example.com.', 'shop.example.com'],
    ['SHOP.example.com.:443', 'shop.example.com'],
  ])('%s names the same store as %s', (host, expected) => {
    expect(normalizeHost(host)).toBe(expected);
  });
});

describe('storeOrigin', () => {
  it('uses the request host, port included, and the router’s protocol', () => {
    expect(storeOrigin('Shop.localhost:8080', 'http')).toBe('http://shop.localhost:8080');
    expect(storeOrigin('shop.example.com', 'https')).toBe('https://shop.example.com');
    expect(storeOrigin('shop.example.com', 'https, http')).toBe('https://shop.example.com');
  });

  it('ignores a protocol that is not http or https', () => {
    expect(storeOrigin('shop.example.com', 'javascript')).toBe('http://shop.example.com');
    expect(storeOrigin('shop.example.com', null)).toBe('http://shop.example.com');
  });

  it('tells https origins apart for Secure cookies', () => {
    expect(isHttpsOrigin('https://shop.example.com')).toBe(true);
    expect(isHttpsOrigin('http://shop.localhost:8080')).toBe(false);
  });
});

describe('canonicalUrl', () => {
  const origin = 'https://shop.example.com';

  it('is the page’s path on the store’s own origin, without query or fragment', () => {
    expect(canonicalUrl(origin, '/products/blue-mug?variant=1&utm_source=x#top')).toBe(
      'https://shop.example.com/products/blue-mug',
    );
    expect(canonicalUrl(origin, '/')).toBe('https://shop.example.com/');
  });

  it('never points at another host, whatever the path says', () => {
    for (const path of ['//evil.example/x', 'https://evil.example/', '/\\evil.example', 'x']) {
      expect(new URL(canonicalUrl(origin, path)).host).toBe('shop.example.com');
    }
  });

  it('differs per store for the same path', () => {
    expect(canonicalUrl('https://a.example', '/p')).not.toBe(
      canonicalUrl('https://b.example', '/p'),
    );
  });
});

describe('image URLs', () => {
  it('makes same-store paths absolute and keeps http(s) URLs', () => {
    expect(absoluteUrl('https://s.example', '/api/v1/media/a.webp')).toBe(
      'https://s.example/api/v1/media/a.webp',
    );
    expect(absoluteUrl('https://s.example', 'https://cdn.example/a.webp')).toBe(
      'https://cdn.example/a.webp',
    );
  });

  it.each(['javascript:alert(1)', 'data:image/png;base64,xx', '//evil.example/a.png', ''])(
    'drops %p',
    (url) => {
      expect(absoluteUrl('https://s.example', url)).toBeUndefined();
      expect(safeImageUrl(url)).toBeNull();
    },
  );

  it('keeps only well-formed srcset entries with safe URLs', () => {
    expect(safeSrcSet('/a-320.webp 320w, javascript:x 640w, /a-1024.webp 1024w, /b.webp 2x')).toBe(
      '/a-320.webp 320w, /a-1024.webp 1024w',
    );
  });
});
