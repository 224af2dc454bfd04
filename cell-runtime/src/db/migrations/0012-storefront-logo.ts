import type { Migration } from '@mpb/db';

/**
 * The store's uploaded logo: the object key of its resized WebP (served like product images,
 * under the tenant's own prefix) and that rendition's size. `logo_url` stays for a logo given
 * as a URL; an uploaded logo takes precedence.
 */
export const storefrontLogo: Migration = {
  name: '0012-storefront-logo',
  async up(db) {
    await db.raw(`
      alter table storefront_config
        add column logo_key text,
        add column logo_width integer,
        add column logo_height integer,
        add constraint storefront_config_logo_size_check
          check (num_nulls(logo_key, logo_width, logo_height) in (0, 3))`);
  },
  async down(db) {
    await db.raw(`
      alter table storefront_config
        drop constraint if exists storefront_config_logo_size_check,
        drop column if exists logo_height,
        drop column if exists logo_width,
        drop column if exists logo_key`);
  },
};
