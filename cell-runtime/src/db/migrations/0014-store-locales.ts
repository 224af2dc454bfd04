import { protectTenantTable, type Migration } from '@mpb/db';

/**
 * Several languages and display currencies per store (ADR 0021). The languages a shopper may
 * choose are a column of the store's settings (the default stays `tenants.language`, the control
 * plane's, and is always enabled whatever this column says). Display currencies are rows of
 * their own, each with the merchant's manual rate as an exact `numeric` and a rounding rule;
 * checkout never reads them.
 */
export const storeLocales: Migration = {
  name: '0014-store-locales',
  async up(db) {
    await db.raw(`
      alter table store_settings
        add column languages text[] not null default '{}',
        add constraint store_settings_languages_check
          check (languages <@ array['pt-BR', 'en', 'es']::text[])`);

    await db.raw(`
      create table store_display_currencies (
        tenant_id uuid not null references tenants (id) on delete cascade,
        currency text not null check (currency ~ '^[A-Z]{3}$'),
        rate numeric(15, 8) not null check (rate > 0),
        rounding text not null default 'none'
          check (rounding in ('none', 'whole', 'ninety_nine')),
        position integer not null default 0,
        primary key (tenant_id, currency)
      )`);
    await protectTenantTable(db, 'store_display_currencies');
  },
  async down(db) {
    await db.schema.dropTableIfExists('store_display_currencies');
    await db.raw(`
      alter table store_settings
        drop constraint if exists store_settings_languages_check,
        drop column if exists languages`);
  },
};
