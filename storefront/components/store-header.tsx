import type { Store } from '../lib/cell-api';
import { getMessages } from '../lib/i18n';
import { CartLink } from './cart-link';
import { StoreLink } from './store-link';
import { StoreLogo } from './store-logo';

const navLinkClassName =
  'inline-flex items-center rounded-full px-3 py-2 text-sm font-medium hover:bg-white/15 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-current';

/**
 * The brand bar at the top of every store page: name, search box, account and cart. On the home
 * page the store name is the page's heading; elsewhere it links home and the page has its own.
 */
export function StoreHeader({
  store,
  isHome,
  query,
}: {
  store: Store;
  isHome: boolean;
  query?: string | undefined;
}) {
  const messages = getMessages(store.language);
  const name = <span className="truncate text-lg font-semibold tracking-tight">{store.name}</span>;
  return (
    <header className="bg-brand text-brand-contrast">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-neutral-900"
      >
        {messages.skipToContent}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-3 px-4 py-3 sm:px-6">
        {isHome ? (
          <h1 className="flex min-w-0 flex-1 items-center gap-3 sm:flex-none">
            <StoreLogo store={store} size="small" />
            {name}
          </h1>
        ) : (
          <StoreLink
            href="/"
            className="flex min-w-0 flex-1 items-center gap-3 hover:opacity-90 sm:flex-none"
          >
            <StoreLogo store={store} size="small" />
            {name}
          </StoreLink>
        )}
        <form
          role="search"
          action="/search"
          method="get"
          className="order-last flex w-full gap-2 sm:order-none sm:ml-4 sm:w-auto sm:flex-1"
        >
          <label htmlFor="store-search" className="sr-only">
            {messages.searchLabel}
          </label>
          <input
            id="store-search"
            type="search"
            name="q"
            defaultValue={query}
            maxLength={200}
            placeholder={messages.searchPlaceholder}
            autoComplete="off"
            className="min-w-0 flex-1 rounded-full border-0 bg-white px-4 py-2 text-sm text-neutral-900 placeholder:text-neutral-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white"
          />
          <button
            type="submit"
            className="rounded-full bg-brand-accent px-4 py-2 text-sm font-medium text-brand-accent-contrast hover:opacity-90 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white"
          >
            {messages.searchButton}
          </button>
        </form>
        <nav aria-label={messages.storeNavigation} className="flex items-center gap-1">
          <StoreLink href="/account" className={navLinkClassName}>
            {messages.account}
          </StoreLink>
          <CartLink className={navLinkClassName} />
        </nav>
      </div>
    </header>
  );
}
