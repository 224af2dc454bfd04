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
  'inline-flex items-center px-3 py-2 text-sm font-extrabold tracking-widest uppercase hover:underline hover:underline-offset-4 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-current';

/**
 * Bold: a compact black-weight bar in the primary colour. The store's name is the home page's
 * hero heading, so here it is always a link (or plain text on the home page).
 */
export function BoldHeader({ store, isHome, query }: HeaderProps) {
  const messages = getMessages(store.language);
  const brand = (
    <>
      <StoreLogo
        store={store}
        size="small"
        initialClassName="bg-brand-accent text-brand-accent-contrast"
      />
      <span className="truncate text-xl font-black tracking-tight uppercase">{store.name}</span>
    </>
  );
  return (
    <header className="bg-brand text-brand-contrast">
      <SkipLink messages={messages} />
      <ShopperSwitchers
        store={store}
        messages={messages}
        className="mx-auto max-w-7xl px-4 pt-2 sm:px-8"
      />
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-3 px-4 py-4 sm:px-8">
        {isHome ? (
          <p className="flex min-w-0 basis-full items-center gap-3 sm:basis-auto">{brand}</p>
        ) : (
          <StoreLink
            href="/"
            className="flex min-w-0 basis-full items-center gap-3 hover:opacity-90 sm:basis-auto"
          >
            {brand}
          </StoreLink>
        )}
        <SearchForm
          messages={messages}
          query={query}
          className="order-last flex w-full sm:order-none sm:ml-auto sm:w-80"
          inputClassName="min-w-0 flex-1 border-2 border-current bg-transparent px-3 py-2 text-sm font-semibold placeholder:text-current placeholder:opacity-80 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-current"
          buttonClassName="border-2 border-l-0 border-current bg-brand-accent px-4 py-2 text-sm font-extrabold tracking-wider text-brand-accent-contrast uppercase hover:opacity-90 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-current"
        />
        <StoreNav
          messages={messages}
          className="flex items-center"
          linkClassName={navLinkClassName}
        />
      </div>
      <HeaderPageLinks
        label={messages.pagesNavigation}
        className="mx-auto max-w-7xl px-4 pb-3 sm:px-8"
        linkClassName={navLinkClassName}
      />
    </header>
  );
}
