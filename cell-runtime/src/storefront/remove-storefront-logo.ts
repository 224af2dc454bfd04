import type { StorefrontTheme } from '@mpb/contracts';
import { withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import type { Logger } from '@mpb/observability';
import { recordAudit } from '../audit/record-audit';
import type { MediaDeps } from '../media';
import { dropLogoObject } from './set-storefront-logo';
import { findStorefrontConfig, toThemeView, updateStorefrontConfig } from './theme-repository';

/**
 * Removes the store's uploaded logo (the storefront then shows the name's initial). The row goes
 * first, then the object. Removing a logo that is not there changes nothing and is not an error.
 */
export async function removeStorefrontLogo(
  db: Knex,
  media: MediaDeps,
  logger: Logger,
  input: { tenantId: string; memberId: string },
): Promise<StorefrontTheme> {
  const { removedKey, theme } = await withTenant(db, input.tenantId, async (trx) => {
    const row = await findStorefrontConfig(trx, { lock: true });
    if (!row) throw AppError.notFound('Store');
    if (!row.logo_key) return { removedKey: null, theme: toThemeView(row, media.urls) };
    const updated = await updateStorefrontConfig(trx, {
      logo_key: null,
      logo_width: null,
      logo_height: null,
    });
    await recordAudit(trx, {
      tenantId: input.tenantId,
      actorType: 'member',
      actorId: input.memberId,
      action: 'storefront.logo_removed',
      targetType: 'storefront',
    });
    return { removedKey: row.logo_key, theme: toThemeView(updated, media.urls) };
  });
  if (removedKey) await dropLogoObject(media, logger, removedKey);
  return theme;
}
