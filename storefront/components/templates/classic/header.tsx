import { getMessages } from '../../../lib/i18n';
import { HeaderPageLinks } from '../../page-links';
import { StoreLink } from '../../store-link';
import { StoreLogo } from '../../store-logo';
import { SearchForm } from '../shared/search-form';
import { ShopperSwitchers } from '../shared/shopper-switchers';
import { SkipLink } from '../shared/skip-link';
import { StoreNav } from '../shared/store-nav';
import type { HeaderProps } from '../types';

const navLinkClassName =
  'inline-flex items-center rounded-full px-3 py-2 text-sm font-medium hover:bg-white/15 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-current';

/**
 * Classic: a bar in the brand's primary colour with logo and name, a rounded search box and
 * the account and cart links. On the home page the store name is the page's heading.
 */
export function ClassicHeader({ store, isHome, query }: HeaderProps) {
  const messages = getMessages(store.language);
  const name = <span className="truncate text-lg font-semibold tracking-tight">{store.name}</span>;
  return (
    <header className="bg-brand text-brand-contrast">
      <SkipLink messages={messages} />
      <ShopperSwitchers
        store={store}
        messages={messages}
        className="mx-auto max-w-6xl px-4 pt-2 sm:px-6"
      />
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
        <SearchForm
          messages={messages}
          query={query}
          className="order-last flex w-full gap-2 sm:order-none sm:ml-4 sm:w-auto sm:flex-1"
          inputClassName="min-w-0 flex-1 rounded-full border-0 bg-white px-4 py-2 text-sm text-neutral-900 placeholder:text-neutral-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white"
          buttonClassName="rounded-full bg-brand-accent px-4 py-2 text-sm font-medium text-brand-accent-contrast hover:opacity-90 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white"
        />
        <StoreNav
          messages={messages}
          className="flex items-center gap-1"
          linkClassName={navLinkClassName}
        />
      </div>
      <HeaderPageLinks
        label={messages.pagesNavigation}
        className="mx-auto max-w-6xl px-4 pb-2 sm:px-6"
        linkClassName={navLinkClassName}
      />
    </header>
  );
}
