import type { StorefrontTheme } from '@mpb/contracts';
import { toStorefrontTemplate } from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import { renditionUrl, type MediaUrlOptions } from '../media';

export interface StorefrontConfigRow {
  tenant_id: string;
  template: string;
  primary_color: string;
  accent_color: string;
  /** A logo given as a URL (none is today); an uploaded logo takes precedence. */
  logo_url: string | null;
  /** Object key of the uploaded logo's resized WebP. */
  logo_key: string | null;
  logo_width: number | null;
  logo_height: number | null;
}

/** The store's row (RLS shows the transaction's tenant only); `lock` holds it until commit. */
export async function findStorefrontConfig(
  trx: Knex.Transaction,
  options: { lock?: boolean } = {},
): Promise<StorefrontConfigRow | undefined> {
  const query = trx<StorefrontConfigRow>('storefront_config').first();
  return options.lock ? query.forUpdate() : query;
}

export async function updateStorefrontConfig(
  trx: Knex.Transaction,
  changes: Partial<Omit<StorefrontConfigRow, 'tenant_id'>>,
): Promise<StorefrontConfigRow> {
  const [row] = await trx<StorefrontConfigRow>('storefront_config')
    .update({ ...changes, updated_at: trx.fn.now() } as Partial<StorefrontConfigRow>)
    .returning('*');
  return row as StorefrontConfigRow;
}

/** Where shoppers' browsers fetch the logo: the uploaded one, else the URL given, else none. */
export function logoUrlOf(row: StorefrontConfigRow, urls: MediaUrlOptions): string | null {
  return row.logo_key ? renditionUrl(row.logo_key, urls) : row.logo_url;
}

export function toThemeView(row: StorefrontConfigRow, urls: MediaUrlOptions): StorefrontTheme {
  return {
    template: toStorefrontTemplate(row.template),
    primaryColor: row.primary_color,
    accentColor: row.accent_color,
    logoUrl: logoUrlOf(row, urls),
  };
}
