import type { ReactNode } from 'react';
import type { Store } from '../lib/cell-api';
import { PreviewRibbon } from './preview-ribbon';
import { templateFor } from './templates/registry';

/**
 * A store page in the store's template: its header, the page's main landmark (the skip link's
 * target) and its footer, with the preview band on top in a preview. The home page lays out its
 * own width (`fullBleed`); other pages sit in the template's main column (`narrow` for forms).
 */
export function StoreShell({
  store,
  isHome = false,
  query,
  narrow = false,
  fullBleed = false,
  children,
}: {
  store: Store;
  isHome?: boolean;
  query?: string | undefined;
  narrow?: boolean;
  fullBleed?: boolean;
  children: ReactNode;
}) {
  const template = templateFor(store.template);
  const { Header, Footer } = template;
  const main = fullBleed
    ? 'w-full'
    : narrow
      ? 'mx-auto w-full max-w-3xl px-4 py-8 sm:px-6 sm:py-12'
      : template.mainClassName;
  return (
    <div className={template.rootClassName} data-template={template.id}>
      {store.preview ? <PreviewRibbon store={store} /> : null}
      <Header store={store} isHome={isHome} query={query} />
      <main id="main" tabIndex={-1} className={`flex-1 outline-none ${main}`}>
        {children}
      </main>
      <Footer store={store} />
    </div>
  );
}
