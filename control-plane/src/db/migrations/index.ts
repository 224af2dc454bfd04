import type { Migration } from '@mpb/db';
import { initial } from './0001-initial';
import { payments } from './0002-payments';
import { merchantJourney } from './0003-merchant-journey';
import { accountLinksAndMailOutbox } from './0004-account-links-and-mail-outbox';

/** Every control-plane migration, in order. Append; never edit one that has shipped. */
export const controlPlaneMigrations: Migration[] = [
  initial,
  payments,
  merchantJourney,
  accountLinksAndMailOutbox,
];
