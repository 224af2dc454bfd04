import type { Migration } from '@mpb/db';
import { initial } from './0001-initial';

/** Every cell migration, in order. Append; never edit one that has shipped. */
export const cellMigrations: Migration[] = [initial];
