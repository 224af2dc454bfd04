import type { PageLink } from './content-api';

// Which of the store's pages go where: policies in the footer only, the rest in the header too.
// Kept apart from navigation.ts so client components can use it without server code.

const policyKinds: ReadonlySet<PageLink['kind']> = new Set([
  'refund_policy',
  'privacy_policy',
  'terms_of_service',
  'shipping_policy',
]);

/** Pages a shopper looks for in the header (about, contact, FAQ, custom); policies are not. */
export function isHeaderPage(link: Pick<PageLink, 'kind'>): boolean {
  return !policyKinds.has(link.kind);
}
