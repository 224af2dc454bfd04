import { protectTenantTable, type Migration } from '@mpb/db';

/**
 * A product's title, description and SEO fields in the store's other languages (ADR 0021). One
 * row per product and language, gone with the product; the store's default language is never a
 * row (the product itself is that), which the service refuses rather than this table, because
 * the default is the control plane's and may change under existing rows.
 */
export const productTranslations: Migration = {
  name: '0015-product-translations',
  async up(db) {
    await db.raw(`
      create table product_translations (
        tenant_id uuid not null,
        product_id uuid not null,
        language text not null check (language in ('pt-BR', 'en', 'es')),
        title text not null,
        description_html text not null default '',
        seo_title text,
        seo_description text,
        updated_at timestamptz(3) not null default now(),
        primary key (tenant_id, product_id, language),
        foreign key (tenant_id, product_id) references products (tenant_id, id) on delete cascade
      )`);
    await protectTenantTable(db, 'product_translations');
  },
  async down(db) {
    await db.schema.dropTableIfExists('product_translations');
  },
};
