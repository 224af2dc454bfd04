import type { ReactNode } from 'react';
import type { Store } from '../lib/cell-api';
import { StoreHeader } from './store-header';

/** Header plus the page's main landmark (the skip link's target). */
export function StoreShell({
  store,
  isHome = false,
  query,
  narrow = false,
  children,
}: {
  store: Store;
  isHome?: boolean;
  query?: string | undefined;
  narrow?: boolean;
  children: ReactNode;
}) {
  return (
    <>
      <StoreHeader store={store} isHome={isHome} query={query} />
      <main
        id="main"
        tabIndex={-1}
        className={`mx-auto px-4 py-8 outline-none sm:px-6 sm:py-12 ${narrow ? 'max-w-3xl' : 'max-w-6xl'}`}
      >
        {children}
      </main>
    </>
  );
}
