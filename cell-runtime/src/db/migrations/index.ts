import type { Migration } from '@mpb/db';
import { initial } from './0001-initial';
import { catalogDepth } from './0002-catalog-depth';
import { imports } from './0003-imports';
import { commerce } from './0004-commerce';
import { outbox } from './0005-outbox';
import { search } from './0008-search';
import { checkoutExpiry } from './0009-checkout-expiry';
import { customerSessions } from './0010-customer-sessions';
import { searchBacklogIndex } from './0011-search-backlog-index';
import { storefrontLogo } from './0012-storefront-logo';
import { storeContent } from './0013-store-content';
import { storeLocales } from './0014-store-locales';
import { productTranslations } from './0015-product-translations';

/** Every cell migration, in order. Append; never edit one that has shipped. */
export const cellMigrations: Migration[] = [
  initial,
  catalogDepth,
  imports,
  commerce,
  outbox,
  search,
  checkoutExpiry,
  customerSessions,
  searchBacklogIndex,
  storefrontLogo,
  storeContent,
  storeLocales,
  productTranslations,
];
