import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { AnalyticsScripts } from '../components/analytics-scripts';
import { DisplayCurrencyProvider } from '../components/display-currency-provider';
import { LanguageProvider } from '../components/language-provider';
import { PageLinksProvider } from '../components/page-links';
import { StorefrontBeacon } from '../components/storefront-beacon';
import { isShown } from '../lib/cell-api';
import { loadSiteDefaults } from '../lib/content';
import { getVisitorLanguage, settleStore } from '../lib/current-store';
import { getMessages } from '../lib/i18n';
import { loadFooterLinks } from '../lib/navigation';
import { titleTemplate } from '../lib/seo';
import { themeStyle } from '../lib/theme';
import './globals.css';

// Each request belongs to whichever store its Host names: never prerender or reuse a render.
export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const outcome = await settleStore();
  if (outcome.kind === 'store') {
    const { store } = outcome;
    const defaults = await loadSiteDefaults();
    return {
      title: titleTemplate(store, defaults.titleSuffix),
      ...(defaults.description ? { description: defaults.description } : {}),
      // An unpublished store should not be indexed while it only says "coming soon", nor any
      // preview (which may show a design that is not the store's).
      robots: store.live && !store.preview ? undefined : { index: false, follow: false },
    };
  }
  const messages = getMessages(await getVisitorLanguage());
  return {
    title: outcome.kind === 'missing' ? messages.storeNotFoundTitle : messages.errorTitle,
    robots: { index: false, follow: false },
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The layout must render even when the store is unknown or the cell API is down (error.tsx
  // sits below it), so it only reads the outcome; the page raises the same cached failure.
  const outcome = await settleStore();
  const store = outcome.kind === 'store' ? outcome.store : undefined;
  const language = store?.language ?? (await getVisitorLanguage());
  // Shoppers' visits of a live store are counted, and the merchant's analytics tags load; a
  // store that is closed or being previewed has neither.
  const isCounted = store !== undefined && store.live && !store.preview;
  const [defaults, pageLinks] = await Promise.all([
    isCounted ? loadSiteDefaults() : undefined,
    // Every template lists the store’s published pages: its own pages in the header, all in the footer.
    store && isShown(store) ? loadFooterLinks() : [],
  ]);
  return (
    <html lang={language}>
      <body style={store ? themeStyle(store.theme) : undefined}>
        <LanguageProvider language={language}>
          <DisplayCurrencyProvider currency={store?.displayCurrency ?? null}>
            <PageLinksProvider links={pageLinks}>{children}</PageLinksProvider>
          </DisplayCurrencyProvider>
        </LanguageProvider>
        {isCounted ? <StorefrontBeacon /> : null}
        {defaults ? (
          <AnalyticsScripts
            ga4MeasurementId={defaults.ga4MeasurementId}
            metaPixelId={defaults.metaPixelId}
          />
        ) : null}
      </body>
    </html>
  );
}
