import type { HelpArticle } from './article';
import { customDomains } from './articles/custom-domains';
import { gettingStarted } from './articles/getting-started';
import { importingProducts } from './articles/importing-products';
import { paymentsWithStripe } from './articles/payments-with-stripe';
import { shippingAndTaxes } from './articles/shipping-and-taxes';
import { staffAndRoles } from './articles/staff-and-roles';

/**
 * The help centre, versioned with the code: an article changes in a commit, and `version` names
 * the set the admin shows. Bump it whenever an article changes.
 */
export const helpCentreVersion = '2025-06-01';

export const helpArticles: readonly HelpArticle[] = [
  gettingStarted,
  paymentsWithStripe,
  shippingAndTaxes,
  customDomains,
  importingProducts,
  staffAndRoles,
];
