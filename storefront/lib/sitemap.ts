import { canonicalUrl } from './store-url';

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * sitemap.xml of one store: its home, collections, products and published pages (`pagePaths`,
 * already `/pages/<handle>`), all on the store's own host.
 */
export function sitemapXml(
  origin: string,
  entries: { products: string[]; collections: string[]; pagePaths?: string[] },
): string {
  const paths = [
    '/',
    ...entries.collections.map((handle) => `/collections/${encodeURIComponent(handle)}`),
    ...entries.products.map((handle) => `/products/${encodeURIComponent(handle)}`),
    ...(entries.pagePaths ?? []),
  ];
  const urls = paths.map(
    (path) => `  <url><loc>${escapeXml(canonicalUrl(origin, path))}</loc></url>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

/** robots.txt: a live store lets crawlers in (but not carts or accounts); others keep them out. */
export function robotsTxt(origin: string, live: boolean): string {
  if (!live) return 'User-agent: *\nDisallow: /\n';
  return [
    'User-agent: *',
    'Allow: /',
    'Disallow: /cart',
    'Disallow: /account',
    'Disallow: /orders/',
    'Disallow: /search',
    'Disallow: /api/',
    '',
    `Sitemap: ${origin}/sitemap.xml`,
    '',
  ].join('\n');
}
