import type { Metadata } from 'next';
import type { Store } from './cell-api';
import type { SiteDefaults } from './content-api';
import type { Language } from './i18n';
import { canonicalUrl } from './store-url';

const openGraphLocales: Record<Language, string> = { 'pt-BR': 'pt_BR', en: 'en_US', es: 'es_ES' };

export interface PageSeo {
  store: Store;
  /** `<proto>://<host>` of this request: canonical URLs never name another host. */
  origin: string;
  path: string;
  /** Without the store's name, which the layout's title template adds. */
  title?: string | undefined;
  description?: string | undefined;
  /** Absolute image URLs. */
  images?: string[] | undefined;
  /** The store's SEO defaults: the description and image of a page that has none of its own. */
  defaults?: Pick<SiteDefaults, 'description' | 'socialImageUrl'> | undefined;
}

/**
 * The title template of every page: "Page · <suffix>", the suffix being the merchant's SEO
 * title suffix or else the store's name. The home page's own title is the name, then the suffix.
 */
export function titleTemplate(store: Store, titleSuffix: string | null): Metadata['title'] {
  const suffix = titleSuffix ?? store.name;
  return {
    default: suffix === store.name ? store.name : `${store.name} · ${suffix}`,
    template: `%s · ${suffix}`,
  };
}

/**
 * A page's URL in the language this visit shows: with `?lang=` when the URL chose it, so each
 * language version is its own canonical page; otherwise the plain URL, whose language follows
 * the visitor (cookie, Accept-Language, else the store's).
 */
export function languageUrl(url: string, store: Store): string {
  return store.languageInUrl ? `${url}?lang=${encodeURIComponent(store.language)}` : url;
}

/**
 * `<link rel="alternate" hreflang>` for every language the store offers (`?lang=` URLs), and the
 * plain URL as `x-default`. The storefront's own text changes between them, and products'
 * titles and descriptions where the merchant translated them; pages are as written.
 */
function languageAlternates(page: PageSeo): { languages?: Record<string, string> } {
  if (page.store.languages.length < 2) return {};
  const url = canonicalUrl(page.origin, page.path);
  const languages: Record<string, string> = {};
  for (const language of page.store.languages) {
    languages[language] = `${url}?lang=${encodeURIComponent(language)}`;
  }
  languages['x-default'] = url;
  return { languages };
}

/** Title, description, canonical URL, language alternates and Open Graph of a catalog page. */
export function pageMetadata(seo: PageSeo): Metadata {
  const fallbackImage = seo.defaults?.socialImageUrl;
  const page: PageSeo = {
    ...seo,
    description: seo.description || seo.defaults?.description || undefined,
    images: seo.images?.length ? seo.images : fallbackImage ? [fallbackImage] : undefined,
  };
  const url = languageUrl(canonicalUrl(page.origin, page.path), page.store);
  const title = page.title ?? page.store.name;
  return {
    ...(page.title ? { title: page.title } : {}),
    ...(page.description ? { description: page.description } : {}),
    alternates: { canonical: url, ...languageAlternates(page) },
    openGraph: {
      type: 'website',
      siteName: page.store.name,
      url,
      title,
      locale: openGraphLocales[page.store.language],
      ...(page.description ? { description: page.description } : {}),
      ...(page.images && page.images.length > 0 ? { images: page.images } : {}),
    },
    twitter: {
      card: page.images && page.images.length > 0 ? 'summary_large_image' : 'summary',
      title,
      ...(page.description ? { description: page.description } : {}),
    },
  };
}

/** Pages with shopper-specific content (cart, account, orders, search) stay out of indexes. */
export const privatePageMetadata: Metadata = { robots: { index: false, follow: false } };
