import type { StorefrontTheme } from '@mpb/contracts';
import { withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import type { Logger } from '@mpb/observability';
import { recordAudit } from '../audit/record-audit';
import { storeFittedImage, type MediaDeps } from '../media';
import { findStorefrontConfig, toThemeView, updateStorefrontConfig } from './theme-repository';

/** The box a logo is fitted into: wide enough for a hero, tall enough for a header at 3×. */
export const LOGO_BOX = { maxWidth: 640, maxHeight: 320 };

/**
 * Stores a new logo for the store and drops the old one. The image goes through the product
 * images' checks and is kept as one WebP fitted in LOGO_BOX under the tenant's media prefix,
 * served by the public media route at a content-addressed, immutable URL. The object is written
 * before the row, and removed again if the row cannot be written; the old object is removed
 * after the commit. Throws ImageRejectedError for input we refuse.
 */
export async function setStorefrontLogo(
  db: Knex,
  media: MediaDeps,
  logger: Logger,
  input: { tenantId: string; memberId: string; image: Buffer },
): Promise<StorefrontTheme> {
  const stored = await storeFittedImage(media, {
    tenantId: input.tenantId,
    image: input.image,
    box: LOGO_BOX,
  });
  let outcome: { previousKey: string | null; theme: StorefrontTheme };
  try {
    outcome = await withTenant(db, input.tenantId, async (trx) => {
      const row = await findStorefrontConfig(trx, { lock: true });
      if (!row) throw AppError.notFound('Store');
      const updated = await updateStorefrontConfig(trx, {
        logo_key: stored.key,
        logo_width: stored.width,
        logo_height: stored.height,
      });
      await recordAudit(trx, {
        tenantId: input.tenantId,
        actorType: 'member',
        actorId: input.memberId,
        action: 'storefront.logo_uploaded',
        targetType: 'storefront',
        data: { bytes: stored.bytes, width: stored.width, height: stored.height },
      });
      return { previousKey: row.logo_key, theme: toThemeView(updated, media.urls) };
    });
  } catch (error) {
    await media.storage.deleteMany([stored.key]).catch(() => undefined);
    throw error;
  }
  if (outcome.previousKey) await dropLogoObject(media, logger, outcome.previousKey);
  return outcome.theme;
}

/** Best effort: a logo object left behind is unreferenced and its key unguessable. */
export async function dropLogoObject(media: MediaDeps, logger: Logger, key: string): Promise<void> {
  try {
    await media.storage.deleteMany([key]);
  } catch (error) {
    logger.warn({ err: error, keys: [key] }, 'logo object not deleted');
  }
}
