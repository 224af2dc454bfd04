import type { Metadata } from 'next';
import { ComingSoon } from '../components/coming-soon';
import { StoreShell } from '../components/store-shell';
import { templateFor } from '../components/templates/registry';
import { loadCollections, loadListing } from '../lib/catalog';
import { isShown } from '../lib/cell-api';
import { liveStoreForMetadata, requireStore } from '../lib/current-store';
import { getMessages } from '../lib/i18n';
import { readCursor, type SearchParams } from '../lib/listing-filters';
import { loadSiteDefaults } from '../lib/content';
import { pageMetadata } from '../lib/seo';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const live = await liveStoreForMetadata();
  if (!live) return {};
  return pageMetadata({
    store: live.store,
    origin: live.context.origin,
    path: '/',
    defaults: await loadSiteDefaults(),
  });
}

export default async function HomePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const store = await requireStore();
  if (!isShown(store)) return <ComingSoon store={store} />;

  const cursor = readCursor((await searchParams).cursor);
  const [page, collections] = await Promise.all([
    loadListing({ filters: {}, cursor }),
    // The collection links are a nicety: the products still show if they cannot be read.
    loadCollections().catch(() => ({ found: false }) as const),
  ]);
  // The store was unpublished between the two reads.
  if (!page.found) return <ComingSoon store={store} />;

  // The same data for every template; the template only decides how it looks.
  const { Home } = templateFor(store.template);
  const { items, nextCursor } = page.value;
  return (
    <StoreShell store={store} isHome fullBleed>
      <Home
        store={store}
        collections={collections.found && !cursor ? collections.value : []}
        products={items}
        nextHref={nextCursor ? `/?cursor=${encodeURIComponent(nextCursor)}` : undefined}
        isFirstPage={!cursor}
        messages={getMessages(store.language)}
      />
    </StoreShell>
  );
}
