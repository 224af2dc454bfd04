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
  'inline-flex items-center px-2 py-1 text-sm text-neutral-700 underline-offset-4 hover:text-brand-accent-ink hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand';

/**
 * Minimal: white, centred, the name in a serif; search and links as quiet text below a hairline.
 * On the home page the store name is the page's heading.
 */
export function MinimalHeader({ store, isHome, query }: HeaderProps) {
  const messages = getMessages(store.language);
  const brand = (
    <>
      <StoreLogo
        store={store}
        size="small"
        initialClassName="rounded-full border border-neutral-300 text-neutral-800 font-serif"
      />
      <span className="font-serif text-2xl tracking-tight break-words sm:text-3xl">
        {store.name}
      </span>
    </>
  );
  return (
    <header className="border-b border-neutral-200 bg-white text-neutral-900">
      <SkipLink messages={messages} />
      <ShopperSwitchers
        store={store}
        messages={messages}
        className="mx-auto max-w-5xl px-4 pt-3 text-neutral-700 sm:px-6"
      />
      <div className="mx-auto flex max-w-5xl flex-col items-center gap-5 px-4 pt-8 pb-5 sm:px-6">
        {isHome ? (
          <h1 className="flex items-center gap-3 text-center">{brand}</h1>
        ) : (
          <StoreLink href="/" className="flex items-center gap-3 text-center hover:opacity-80">
            {brand}
          </StoreLink>
        )}
        <div className="flex w-full flex-wrap items-center justify-center gap-x-6 gap-y-3">
          <SearchForm
            messages={messages}
            query={query}
            className="flex w-full max-w-xs items-center gap-2 sm:w-64"
            inputClassName="min-w-0 flex-1 border-0 border-b border-neutral-400 bg-transparent px-1 py-1 text-sm placeholder:text-neutral-600 focus-visible:border-brand focus-visible:outline-none"
            buttonClassName="text-sm text-neutral-700 underline underline-offset-4 hover:text-brand-accent-ink focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand"
          />
          <StoreNav
            messages={messages}
            className="flex items-center gap-2"
            linkClassName={navLinkClassName}
          />
        </div>
      </div>
      <HeaderPageLinks
        label={messages.pagesNavigation}
        className="mx-auto flex max-w-5xl justify-center px-4 pb-4 sm:px-6"
        linkClassName={navLinkClassName}
      />
    </header>
  );
}
