import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { LanguageProvider } from '../components/language-provider';
import { getVisitorLanguage, settleStore } from '../lib/current-store';
import { getMessages } from '../lib/i18n';
import { themeStyle } from '../lib/theme';
import './globals.css';

// Each request belongs to whichever store its Host names: never prerender or reuse a render.
export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const outcome = await settleStore();
  if (outcome.kind === 'store') {
    const { store } = outcome;
    return {
      title: { default: store.name, template: `%s · ${store.name}` },
      // An unpublished store should not be indexed while it only says "coming soon".
      robots: store.live ? undefined : { index: false, follow: false },
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
  return (
    <html lang={language}>
      <body style={store ? themeStyle(store.theme) : undefined}>
        <LanguageProvider language={language}>{children}</LanguageProvider>
      </body>
    </html>
  );
}
