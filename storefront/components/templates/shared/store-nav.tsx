import { interpolate, type Messages } from '../../../lib/i18n';
import { CartLink } from '../../cart-link';
import { PageLinks } from '../../page-links';
import { StoreLink } from '../../store-link';

/** Account and cart: the header's navigation in every template. */
export function StoreNav({
  messages,
  className,
  linkClassName,
}: {
  messages: Messages;
  className: string;
  linkClassName: string;
}) {
  return (
    <nav aria-label={messages.storeNavigation} className={className}>
      <StoreLink href="/account" className={linkClassName}>
        {messages.account}
      </StoreLink>
      <CartLink className={linkClassName} />
    </nav>
  );
}

/**
 * The footer's links, the same in every template: search, account, cart, then the store's
 * published pages and policies (lib/navigation.ts).
 */
export function FooterNav({
  messages,
  className,
  linkClassName,
}: {
  messages: Messages;
  className: string;
  linkClassName: string;
}) {
  return (
    <nav aria-label={messages.footerNavigation}>
      <ul className={className}>
        <li>
          <StoreLink href="/search" className={linkClassName}>
            {messages.searchTitle}
          </StoreLink>
        </li>
        <li>
          <StoreLink href="/account" className={linkClassName}>
            {messages.account}
          </StoreLink>
        </li>
        <li>
          <StoreLink href="/cart" className={linkClassName}>
            {messages.cart}
          </StoreLink>
        </li>
        <PageLinks linkClassName={linkClassName} />
      </ul>
    </nav>
  );
}

/** "© 2026 Store name. All rights reserved." in the store's language. */
export function copyrightLine(messages: Messages, storeName: string): string {
  return interpolate(messages.footerRights, { year: new Date().getFullYear(), store: storeName });
}
