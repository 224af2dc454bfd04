'use client';

import { createContext, useContext, type ReactNode } from 'react';
import type { PageLink } from '../lib/navigation';
import { StoreLink } from './store-link';

// The store's published pages reach the templates' footers through context: the layout reads
// them once per visit (lib/navigation.ts) and every footer lists them, without any template
// loading data of its own.

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
