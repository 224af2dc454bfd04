import type { SiteSettings, UpdateSiteSettingsBody } from '@mpb/contracts';
import { withTenant, type Knex } from '@mpb/db';
import { recordAudit } from '../audit/record-audit';
import { currentStore } from '../catalog/store';
import { announceContentChange } from './announce';

interface SiteSettingsRow {
  seo_title_suffix: string | null;
  seo_description: string | null;
  social_image_url: string | null;
  ga4_measurement_id: string | null;
  meta_pixel_id: string | null;
}

const toView = (row: SiteSettingsRow | undefined): SiteSettings => ({
  seo: {
    titleSuffix: row?.seo_title_suffix ?? null,
    description: row?.seo_description ?? null,
    socialImageUrl: row?.social_image_url ?? null,
  },
  analytics: {
    ga4MeasurementId: row?.ga4_measurement_id ?? null,
    metaPixelId: row?.meta_pixel_id ?? null,
  },
});

const read = (trx: Knex.Transaction) => trx<SiteSettingsRow>('site_settings').first();

/** The storefront's SEO defaults and analytics ids; a store that set none has them all null. */
export async function getSiteSettings(db: Knex, tenantId: string): Promise<SiteSettings> {
  return withTenant(db, tenantId, async (trx) => toView(await read(trx)));
}

/** The same, for the storefront of any store that exists (the ids end up in its pages anyway). */
export async function getPublicSiteSettings(db: Knex, tenantId: string): Promise<SiteSettings> {
  return withTenant(db, tenantId, async (trx) => {
    await currentStore(trx);
    return toView(await read(trx));
  });
}

/** Changes the fields given (null clears one), audited, and has the storefront re-read them. */
export async function updateSiteSettings(
  db: Knex,
  input: { tenantId: string; memberId: string; body: UpdateSiteSettingsBody },
): Promise<SiteSettings> {
  const { seo = {}, analytics = {} } = input.body;
  const changes: Partial<SiteSettingsRow> = {};
  if (seo.titleSuffix !== undefined) changes.seo_title_suffix = seo.titleSuffix;
  if (seo.description !== undefined) changes.seo_description = seo.description || null;
  if (seo.socialImageUrl !== undefined) changes.social_image_url = seo.socialImageUrl;
  if (analytics.ga4MeasurementId !== undefined)
    changes.ga4_measurement_id = analytics.ga4MeasurementId;
  if (analytics.metaPixelId !== undefined) changes.meta_pixel_id = analytics.metaPixelId;
  return withTenant(db, input.tenantId, async (trx) => {
    await trx('site_settings')
      .insert({ tenant_id: input.tenantId })
      .onConflict('tenant_id')
      .ignore();
    await trx('site_settings')
      .where({ tenant_id: input.tenantId })
      .update({ ...changes, updated_at: trx.fn.now() });
    await recordAudit(trx, {
      tenantId: input.tenantId,
      actorType: 'member',
      actorId: input.memberId,
      action: 'site_settings.updated',
      data: {
        fields: [
          ...Object.keys(seo).map((field) => `seo.${field}`),
          ...Object.keys(analytics).map((field) => `analytics.${field}`),
        ],
      },
    });
    await announceContentChange(trx, input.tenantId, 'site-settings');
    return toView(await read(trx));
  });
}
