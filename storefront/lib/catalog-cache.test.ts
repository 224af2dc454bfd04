import {
  catalogCacheKey,
  catalogTags,
  listingsTag,
  productTag,
  readCatalogCacheSeconds,
  storeTag,
  withContentLanguage,
} from './catalog-cache';

describe('withContentLanguage', () => {
  it('gives each content language its own key, and the store’s own the key it always had', () => {
    const params = { handle: 'mug' };
    const own = catalogCacheKey('product', 'a.example', withContentLanguage(params, undefined));
    const spanish = catalogCacheKey('product', 'a.example', withContentLanguage(params, 'es'));
    const english = catalogCacheKey('product', 'a.example', withContentLanguage(params, 'en'));
    expect(own).toEqual(catalogCacheKey('product', 'a.example', params));
    expect(new Set([own, spanish, english].map((key) => key.join(','))).size).toBe(3);
  });
});

describe('catalogCacheKey', () => {
  it('always contains the store’s host', () => {
    const key = catalogCacheKey('product', 'shop-a.localhost:8080', { handle: 'mug' });
    expect(key.join(',')).toContain(encodeURIComponent('host=shop-a.localhost'));
  });

  it('differs between two stores for the same read, so no entry is shared across tenants', () => {
    const a = catalogCacheKey('product', 'shop-a.localhost', { handle: 'mug' });
    const b = catalogCacheKey('product', 'shop-b.localhost', { handle: 'mug' });
    expect(a.join(',')).not.toBe(b.join(','));
  });

  it('cannot be made to collide by a host or parameter containing a separator', () => {
    const a = catalogCacheKey('collection', 'a.example', { handle: 'x,host=b.example' });
    const b = catalogCacheKey('collection', 'b.example', { handle: 'x' });
    expect(a.join(',')).not.toBe(b.join(','));
    expect(a.every((part) => !part.includes(','))).toBe(true);
  });

  it('is the same for two spellings of one store’s host, which the API resolves alike', () => {
    expect(catalogCacheKey('collections', 'Shop.Example.com:443')).toEqual(
      catalogCacheKey('collections', 'shop.example.com'),
    );
  });

  it('does not depend on the order of the parameters, and ignores undefined ones', () => {
    expect(catalogCacheKey('store-products', 'a.example', { sort: 'newest', limit: 24 })).toEqual(
      catalogCacheKey('store-products', 'a.example', {
        limit: 24,
        sort: 'newest',
        cursor: undefined,
      }),
    );
  });

  it('separates resources and parameters', () => {
    const keys = new Set(
      [
        catalogCacheKey('product', 'a.example', { handle: 'x' }),
        catalogCacheKey('collection', 'a.example', { handle: 'x' }),
        catalogCacheKey('product', 'a.example', { handle: 'y' }),
      ].map((key) => key.join(',')),
    );
    expect(keys.size).toBe(3);
  });

  it('refuses to build a key without a host', () => {
    expect(() => catalogCacheKey('product', '  ', {})).toThrow(/host/);
  });
});

describe('catalog tags', () => {
  it('tags every entry with its store, and products and listings with their own tag', () => {
    expect(catalogTags('product', 'Shop.localhost:8080', 'mug')).toEqual([
      'store:shop.localhost',
      'product:shop.localhost:mug',
    ]);
    expect(catalogTags('store-products', 'shop.localhost')).toEqual([
      'store:shop.localhost',
      'listings:shop.localhost',
    ]);
    expect(catalogTags('sitemap', 'shop.localhost')).toContain(listingsTag('shop.localhost'));
    expect(catalogTags('collections', 'shop.localhost')).toEqual([storeTag('shop.localhost')]);
  });

  it('never shares a tag between two stores', () => {
    expect(storeTag('a.example')).not.toBe(storeTag('b.example'));
    expect(productTag('a.example', 'mug')).not.toBe(productTag('b.example', 'mug'));
  });

  it('falls back to the store’s tag when host and handle make a tag Next would ignore', () => {
    const host = `${'a'.repeat(60)}.${'b'.repeat(60)}.${'c'.repeat(60)}.example`;
    const tag = productTag(host, 'h'.repeat(120));
    expect(tag).toBe(storeTag(host));
    expect(tag.length).toBeLessThanOrEqual(256);
  });
});

describe('STOREFRONT_CACHE_SECONDS', () => {
  it('defaults to five minutes and accepts 0 to turn the cache off', () => {
    expect(readCatalogCacheSeconds({})).toBe(300);
    expect(readCatalogCacheSeconds({ STOREFRONT_CACHE_SECONDS: '0' })).toBe(0);
    expect(readCatalogCacheSeconds({ STOREFRONT_CACHE_SECONDS: ' 60 ' })).toBe(60);
  });

  it('refuses anything but a whole number of seconds up to a day', () => {
    for (const value of ['-1', '1.5', 'soon', '86401']) {
      expect(() => readCatalogCacheSeconds({ STOREFRONT_CACHE_SECONDS: value })).toThrow(
        'STOREFRONT_CACHE_SECONDS',
      );
    }
  });
});
