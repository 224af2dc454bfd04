import type { Messages } from '../lib/i18n';
import { buttonClassName } from './message-page';
import { StoreLink } from './store-link';

/**
 * Keyset pages: the API gives a cursor for the next page only, so the way back is to the first.
 * Both links keep the page's filters.
 */
export function Pager({
  firstHref,
  nextHref,
  isFirstPage,
  messages,
}: {
  firstHref: string;
  nextHref: string | undefined;
  isFirstPage: boolean;
  messages: Messages;
}) {
  if (isFirstPage && !nextHref) return null;
  return (
    <nav
      aria-label={messages.pagination}
      className="mt-10 flex flex-wrap items-center justify-center gap-4"
    >
      {isFirstPage ? null : (
        <StoreLink href={firstHref} className="text-sm font-medium underline underline-offset-4">
          {messages.firstPage}
        </StoreLink>
      )}
      {nextHref ? (
        <StoreLink href={nextHref} className={buttonClassName} rel="next">
          {messages.loadMore}
        </StoreLink>
      ) : null}
    </nav>
  );
}
