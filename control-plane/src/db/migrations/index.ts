import type { Migration } from '@mpb/db';
import { initial } from './0001-initial';

/** Every control-plane migration, in order. Append; never edit one that has shipped. */
export const controlPlaneMigrations: Migration[] = [initial];
