'use client';

import type { ReactNode } from 'react';
import { usePathname } from 'next/navigation';
import { isWidePath } from '../lib/manage-sections';
import { AppHeader } from './app-header';
import { EmailVerificationBanner } from './email-verification-banner';
import { I18nProvider, useI18n } from './i18n-provider';
import { SessionProvider } from './session-provider';
import { ConfirmProvider } from './ui/confirm-provider';

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

/** The page's column: wide for the store admin's and operators' tables, narrow for forms. */
function Main({ children }: { children: ReactNode }) {
  const width = isWidePath(usePathname()) ? 'max-w-6xl' : 'max-w-3xl';
  return (
    <main id="main" tabIndex={-1} className={`mx-auto w-full ${width} px-4 py-6 outline-none`}>
      <EmailVerificationBanner />
      {children}
    </main>
  );
}

/** Everything around a page: language, session, header. */
export function AppShell({ children }: { children: ReactNode }) {
  return (
    <I18nProvider>
      <SessionProvider>
        <ConfirmProvider>
          <SkipLink />
          <AppHeader />
          <Main>{children}</Main>
        </ConfirmProvider>
      </SessionProvider>
    </I18nProvider>
  );
}
