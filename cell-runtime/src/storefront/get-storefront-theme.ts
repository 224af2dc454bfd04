import type { StorefrontTheme } from '@mpb/contracts';
import { withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import type { MediaUrlOptions } from '../media';
import { findStorefrontConfig, toThemeView } from './theme-repository';

export async function getStorefrontTheme(
  db: Knex,
  tenantId: string,
  urls: MediaUrlOptions = {},
): Promise<StorefrontTheme> {
  const row = await withTenant(db, tenantId, (trx) => findStorefrontConfig(trx));
  if (!row) throw AppError.notFound('Store');
  return toThemeView(row, urls);
}
