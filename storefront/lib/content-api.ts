import {
  publicPageLinkSchema,
  publicPageSchema,
  siteSettingsSchema,
  type PublicPage,
  type PublicPageLink,
  type SiteSettings,
} from '@mpb/contracts';
import { z } from 'zod';
import type { CellApiConfig } from './cell-api-config';
import { isCanonicalHandle, isNotFoundBody, type RequestContext } from './cell-api';
import { getJson, type Lookup, type Parser } from './http-json';
import { safeImageUrl } from './store-url';

/** A link to one of the store's published pages, for its navigation. */
export interface PageLink {
  kind: PublicPageLink['kind'];
  title: string;
  /** Always `/pages/<handle>`. */
  href: string;
}

export interface StorePage {
  kind: PublicPage['kind'];
  title: string;
  handle: string;
  /** Sanitised HTML from the API; render it with `RichText`, never as raw HTML. */
  bodyHtml: string;
  seoTitle: string | null;
  seoDescription: string | null;
  updatedAt: string;
}

/** What every page renders with: SEO fallbacks and the analytics to load. */
export interface SiteDefaults {
  titleSuffix: string | null;
  description: string | null;
  /** An absolute http(s) URL, checked like every image URL that reaches an attribute. */
  socialImageUrl: string | null;
  ga4MeasurementId: string | null;
  metaPixelId: string | null;
}

/** Reads of the store's content: pages and policies, SEO defaults and analytics ids. */
export interface ContentApi {
  listPageLinks(context: RequestContext): Promise<Lookup<PageLink[]>>;
  getPage(context: RequestContext, handle: string): Promise<Lookup<StorePage>>;
  getSiteDefaults(context: RequestContext): Promise<Lookup<SiteDefaults>>;
}

const pageListSchema = z.object({ items: z.array(publicPageLinkSchema) });

/** The ids' formats are the API's; checked again because they end up inside scripts. */
const ga4Pattern = /^G-[A-Z0-9]{4,16}$/;
const pixelPattern = /^\d{6,20}$/;

export function createContentApi(config: CellApiConfig): ContentApi {
  function get<T>(context: RequestContext, path: string, parser: Parser<T>): Promise<Lookup<T>> {
    return getJson(new URL(path, config.baseUrl), parser, {
      host: context.host,
      correlationId: context.correlationId,
      forwardedFor: context.forwardedFor,
      previewToken: context.previewToken,
      timeoutMs: config.timeoutMs,
      isNotFound: isNotFoundBody,
    });
  }

  return {
    async listPageLinks(context) {
      const result = await get(context, '/api/v1/pages', pageListSchema);
      if (!result.found) return result;
      return { found: true, value: result.value.items.flatMap(toPageLink) };
    },

    async getPage(context, handle) {
      if (!isCanonicalHandle(handle)) return { found: false };
      const path = `/api/v1/pages/${encodeURIComponent(handle)}`;
      const result = await get(context, path, publicPageSchema);
      return result.found ? { found: true, value: toStorePage(result.value) } : result;
    },

    async getSiteDefaults(context) {
      const result = await get(context, '/api/v1/storefront/site-settings', siteSettingsSchema);
      return result.found ? { found: true, value: toSiteDefaults(result.value) } : result;
    },
  };
}

function toPageLink(link: PublicPageLink): PageLink[] {
  if (!isCanonicalHandle(link.handle)) return [];
  return [{ kind: link.kind, title: link.title, href: `/pages/${link.handle}` }];
}

function toStorePage(page: PublicPage): StorePage {
  return {
    kind: page.kind,
    title: page.title,
    handle: page.handle,
    bodyHtml: page.body,
    seoTitle: page.seoTitle,
    seoDescription: page.seoDescription,
    updatedAt: page.updatedAt,
  };
}

export function toSiteDefaults(settings: SiteSettings): SiteDefaults {
  const { ga4MeasurementId, metaPixelId } = settings.analytics;
  const socialImageUrl = safeImageUrl(settings.seo.socialImageUrl);
  return {
    titleSuffix: settings.seo.titleSuffix,
    description: settings.seo.description,
    socialImageUrl: socialImageUrl && /^https?:\/\//.test(socialImageUrl) ? socialImageUrl : null,
    ga4MeasurementId:
      ga4MeasurementId && ga4Pattern.test(ga4MeasurementId) ? ga4MeasurementId : null,
    metaPixelId: metaPixelId && pixelPattern.test(metaPixelId) ? metaPixelId : null,
  };
}

export const noSiteDefaults: SiteDefaults = {
  titleSuffix: null,
  description: null,
  socialImageUrl: null,
  ga4MeasurementId: null,
  metaPixelId: null,
};
