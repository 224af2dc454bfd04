import type { PageLink } from './content-api';
import { loadPageLinks } from './content';

// What the storefront's navigation links to beyond the catalog: the store's published pages
// and policies. Templates' headers and footers read it from here (through `PageLinks`), so
// they stay presentation only and every template shows the same links.

export type { PageLink };

/**
 * The store's published pages and policies, in the merchant's order (each page's `position`).
 * None when the store has none, is not open to this visit, or the read fails.
 */
export function loadFooterLinks(): Promise<PageLink[]> {
  return loadPageLinks();
}
