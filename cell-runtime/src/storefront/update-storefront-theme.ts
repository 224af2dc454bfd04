import type { StorefrontTheme, UpdateStorefrontThemeBody } from '@mpb/contracts';
import { withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { recordAudit } from '../audit/record-audit';
import type { MediaUrlOptions } from '../media';
import { findStorefrontConfig, toThemeView, updateStorefrontConfig } from './theme-repository';

type ThemeColumn = 'template' | 'primary_color' | 'accent_color';

/**
 * Changes the store's template and colours. Only `storefront_config` changes: a template is a
 * presentation of the same products and content, so switching back and forth loses nothing.
 * What actually changed is audited with its old and new values; a change to nothing is a no-op.
 */
export async function updateStorefrontTheme(
  db: Knex,
  input: {
    tenantId: string;
    memberId: string;
    body: UpdateStorefrontThemeBody;
    urls?: MediaUrlOptions;
  },
): Promise<StorefrontTheme> {
  const urls = input.urls ?? {};
  return withTenant(db, input.tenantId, async (trx) => {
    const row = await findStorefrontConfig(trx, { lock: true });
    if (!row) throw AppError.notFound('Store');
    const wanted: Record<ThemeColumn, string | undefined> = {
      template: input.body.template,
      primary_color: input.body.primaryColor,
      accent_color: input.body.accentColor,
    };
    const changes: Partial<Record<ThemeColumn, { from: string; to: string }>> = {};
    for (const column of Object.keys(wanted) as ThemeColumn[]) {
      const to = wanted[column];
      if (to !== undefined && to !== row[column]) changes[column] = { from: row[column], to };
    }
    const columns = Object.keys(changes) as ThemeColumn[];
    if (columns.length === 0) return toThemeView(row, urls);
    const updated = await updateStorefrontConfig(
      trx,
      Object.fromEntries(columns.map((column) => [column, changes[column]?.to])),
    );
    await recordAudit(trx, {
      tenantId: input.tenantId,
      actorType: 'member',
      actorId: input.memberId,
      action: 'storefront.theme_updated',
      targetType: 'storefront',
      data: { changes },
    });
    return toThemeView(updated, urls);
  });
}
