import { robotsTxt, sitemapXml } from './sitemap';

describe('sitemapXml', () => {
  it('lists home, collections, products and pages on the store’s own origin', () => {
    const xml = sitemapXml('https://shop.example', {
      products: ['blue-mug'],
      collections: ['summer'],
      pagePaths: ['/pages/about'],
    });
    expect(xml).toContain('<loc>https://shop.example/</loc>');
    expect(xml).toContain('<loc>https://shop.example/collections/summer</loc>');
    expect(xml).toContain('<loc>https://shop.example/products/blue-mug</loc>');
    expect(xml).toContain('<loc>https://shop.example/pages/about</loc>');
    expect(xml.match(/<url>/g)).toHaveLength(4);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  });
});

describe('robotsTxt', () => {
  it('opens a live store to crawlers, except private pages, and names its sitemap', () => {
    const text = robotsTxt('https://shop.example', true);
    expect(text).toContain('Allow: /');
    expect(text).toContain('Disallow: /cart');
    expect(text).toContain('Sitemap: https://shop.example/sitemap.xml');
  });

  it('closes an unpublished store entirely', () => {
    expect(robotsTxt('https://shop.example', false)).toBe('User-agent: *\nDisallow: /\n');
  });
});
