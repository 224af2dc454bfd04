import type { Store } from '../lib/cell-api';
import { StoreLink } from './store-link';
import { StoreLogo } from './store-logo';

/**
 * The brand bar at the top of every store page. On the home page the store name is the page's
 * heading; elsewhere it links home and the page has its own heading.
 */
export function StoreHeader({ store, isHome }: { store: Store; isHome: boolean }) {
  const name = <span className="truncate text-lg font-semibold tracking-tight">{store.name}</span>;
  return (
    <header className="bg-brand text-brand-contrast">
      <div className="mx-auto flex max-w-6xl items-center gap-3 px-4 py-4 sm:px-6">
        {isHome ? (
          <h1 className="flex min-w-0 items-center gap-3">
            <StoreLogo store={store} size="small" />
            {name}
          </h1>
        ) : (
          <StoreLink href="/" className="flex min-w-0 items-center gap-3 hover:opacity-90">
            <StoreLogo store={store} size="small" />
            {name}
          </StoreLink>
        )}
      </div>
    </header>
  );
}
