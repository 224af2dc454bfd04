import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ComingSoon } from '../../../components/coming-soon';
import { RichText } from '../../../components/rich-text';
import { StoreLink } from '../../../components/store-link';
import { StoreShell } from '../../../components/store-shell';
import { isShown } from '../../../lib/cell-api';
import { loadPage, loadSiteDefaults } from '../../../lib/content';
import { formatPageDate, getContentMessages } from '../../../lib/content-messages';
import { liveStoreForMetadata, requireStore } from '../../../lib/current-store';
import { interpolate } from '../../../lib/i18n';
import { excerpt, richTextToPlain } from '../../../lib/rich-text';
import { pageMetadata } from '../../../lib/seo';

export const dynamic = 'force-dynamic';

interface StorePageProps {
  params: Promise<{ handle: string }>;
}

export async function generateMetadata({ params }: StorePageProps): Promise<Metadata> {
  const live = await liveStoreForMetadata();
  if (!live) return {};
  const { handle } = await params;
  // Failures are left to the page, which reads the same cached result and shows error.tsx.
  const page = await loadPage(handle).catch(() => undefined);
  if (!page?.found) return {};
  const { value } = page;
  return pageMetadata({
    store: live.store,
    origin: live.context.origin,
    path: `/pages/${value.handle}`,
    title: value.seoTitle || value.title,
    description: value.seoDescription || excerpt(richTextToPlain(value.bodyHtml)) || undefined,
    defaults: await loadSiteDefaults(),
  });
}

/** One of the store's own pages: a policy, about, contact, FAQ or a page of its own. */
export default async function StorePage({ params }: StorePageProps) {
  const { handle } = await params;
  const store = await requireStore();
  if (!isShown(store)) return <ComingSoon store={store} />;
  const result = await loadPage(handle);
  if (!result.found) notFound();
  const page = result.value;
  const messages = getContentMessages(store.language);
  return (
    <StoreShell store={store} narrow>
      <nav aria-label={messages.breadcrumb} className="text-sm text-neutral-600">
        <StoreLink href="/" className="font-medium hover:text-neutral-900">
          {messages.home}
        </StoreLink>
        <span aria-hidden="true"> / </span>
        <span aria-current="page">{page.title}</span>
      </nav>
      <article className="mt-6">
        <h1 className="text-3xl font-semibold tracking-tight text-balance sm:text-4xl">
          {page.title}
        </h1>
        <RichText html={page.bodyHtml} className="mt-6 leading-relaxed text-neutral-700" />
        <p className="mt-10 text-sm text-neutral-600">
          {interpolate(messages.lastUpdated, {
            date: formatPageDate(page.updatedAt, store.language),
          })}
        </p>
      </article>
    </StoreShell>
  );
}
