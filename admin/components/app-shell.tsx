'use client';

import type { ReactNode } from 'react';
import { AppHeader } from './app-header';
import { I18nProvider, useI18n } from './i18n-provider';
import { SessionProvider } from './session-provider';

function SkipLink() {
  const { t } = useI18n();
  return (
    <a
      href="#main"
      className="sr-only rounded-md bg-white px-3 py-2 focus:not-sr-only focus:absolute focus:left-2 focus:top-2"
    >
      {t.app.skipToContent}
    </a>
  );
}

/** Everything around a page: language, session, header. */
export function AppShell({ children }: { children: ReactNode }) {
  return (
    <I18nProvider>
      <SessionProvider>
        <SkipLink />
        <AppHeader />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-3xl px-4 py-6 outline-none">
          {children}
        </main>
      </SessionProvider>
    </I18nProvider>
  );
}
