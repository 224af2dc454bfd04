'use client';

import { createContext, useContext, type ReactNode } from 'react';
import type { PageLink } from '../lib/navigation';
import { isHeaderPage } from '../lib/page-link-kinds';
import { StoreLink } from './store-link';

// The store's published pages reach the templates' headers and footers through context: the
// layout reads them once per visit (lib/navigation.ts) and every template lists them, without
// any template loading data of its own.

const PageLinksContext = createContext<readonly PageLink[]>([]);

export function PageLinksProvider({
  links,
  children,
}: {
  links: readonly PageLink[];
  children: ReactNode;
}) {
  return <PageLinksContext.Provider value={links}>{children}</PageLinksContext.Provider>;
}

/**
 * The store's published pages as list items, for a template's footer list (`<ul>`), in the
 * merchant's order. Renders nothing when there are none.
 */
export function PageLinks({ linkClassName }: { linkClassName: string }) {
  const links = useContext(PageLinksContext);
  return links.map((link) => (
    <li key={link.href}>
      <StoreLink href={link.href} className={linkClassName}>
        {link.title}
      </StoreLink>
    </li>
  ));
}

/**
 * The header's row of the store's own pages (about, contact, FAQ, custom ones; policies stay in
 * the footer), in the merchant's order. It scrolls sideways inside itself on a narrow screen.
 * Renders nothing when the store has none.
 */
export function HeaderPageLinks({
  label,
  className,
  linkClassName,
}: {
  label: string;
  className: string;
  linkClassName: string;
}) {
  const links = useContext(PageLinksContext).filter(isHeaderPage);
  if (links.length === 0) return null;
  return (
    <nav aria-label={label} className={className}>
      <ul className="flex gap-1 overflow-x-auto whitespace-nowrap">
        {links.map((link) => (
          <li key={link.href}>
            <StoreLink href={link.href} className={linkClassName}>
              {link.title}
            </StoreLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
