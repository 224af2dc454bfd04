import { protectTenantTable, type Knex, type Migration } from '@mpb/db';

const at = (db: Knex, t: Knex.CreateTableBuilder, name: string) =>
  t.timestamp(name, { useTz: true, precision: 3 }).notNullable().defaultTo(db.fn.now());

/**
 * Store content and the merchant's dashboard (ADR 0018): pages and policies, the storefront's
 * SEO defaults and analytics ids, the shipping zone the setup wizard manages, which products are
 * samples, and storefront traffic as daily counters plus the day's distinct sessions.
 */
export const storeContent: Migration = {
  name: '0013-store-content',
  async up(db) {
    await db.schema.createTable('store_pages', (t) => {
      t.uuid('id').primary();
      t.uuid('tenant_id').notNullable().references('tenants.id').onDelete('CASCADE');
      t.text('kind')
        .notNullable()
        .checkIn(
          [
            'refund_policy',
            'privacy_policy',
            'terms_of_service',
            'shipping_policy',
            'about',
            'contact',
            'faq',
            'custom',
          ],
          'store_pages_kind_check',
        );
      t.text('title').notNullable();
      t.text('handle').notNullable();
      t.text('body').notNullable().defaultTo('');
      t.boolean('published').notNullable().defaultTo(false);
      t.integer('position').notNullable().defaultTo(0);
      t.text('seo_title');
      t.text('seo_description');
      at(db, t, 'created_at');
      at(db, t, 'updated_at');
      t.unique(['tenant_id', 'id'], { indexName: 'store_pages_tenant_id_key' });
      t.unique(['tenant_id', 'handle'], { indexName: 'store_pages_handle_key' });
    });
    // One page of each kind but `custom`: the storefront links policies by kind.
    await db.raw(
      `create unique index store_pages_kind_key on store_pages (tenant_id, kind) where kind <> 'custom'`,
    );
    await db.raw(
      `create index store_pages_navigation_idx on store_pages (tenant_id, position, title) where published`,
    );
    await protectTenantTable(db, 'store_pages');

    await db.schema.createTable('site_settings', (t) => {
      t.uuid('tenant_id').primary().references('tenants.id').onDelete('CASCADE');
      t.text('seo_title_suffix');
      t.text('seo_description');
      t.text('social_image_url');
      t.text('ga4_measurement_id');
      t.text('meta_pixel_id');
      // When the policy and page templates were proposed: once per store, even if deleted later.
      t.timestamp('pages_proposed_at', { useTz: true, precision: 3 });
      at(db, t, 'updated_at');
    });
    await protectTenantTable(db, 'site_settings');

    // The shipping zone the wizard's "shipping and taxes" step created, so applying it again
    // updates that zone instead of adding another. No foreign key: the merchant may delete the
    // zone, and the next apply then makes a new one.
    await db.schema.createTable('store_setup', (t) => {
      t.uuid('tenant_id').primary().references('tenants.id').onDelete('CASCADE');
      t.uuid('shipping_zone_id');
      t.text('country');
      at(db, t, 'updated_at');
    });
    await protectTenantTable(db, 'store_setup');

    await db.schema.createTable('sample_products', (t) => {
      t.uuid('tenant_id').notNullable();
      t.uuid('product_id').notNullable();
      t.text('sample_key').notNullable();
      t.text('niche').notNullable();
      at(db, t, 'created_at');
      t.primary(['tenant_id', 'product_id']);
      t.unique(['tenant_id', 'sample_key'], { indexName: 'sample_products_key' });
      t.foreign(['tenant_id', 'product_id'])
        .references(['tenant_id', 'id'])
        .inTable('products')
        .onDelete('CASCADE');
    });
    await protectTenantTable(db, 'sample_products');

    await db.schema.createTable('storefront_event_days', (t) => {
      t.uuid('tenant_id').notNullable().references('tenants.id').onDelete('CASCADE');
      t.date('day').notNullable();
      t.text('type')
        .notNullable()
        .checkIn(
          ['page_view', 'product_view', 'add_to_cart', 'checkout_started', 'sessions'],
          'storefront_event_days_type_check',
        );
      t.bigInteger('count').notNullable();
      t.primary(['tenant_id', 'day', 'type']);
    });
    await protectTenantTable(db, 'storefront_event_days');

    // The day's distinct sessions (a hash of the browser's id), until the roll-up job counts
    // a finished day into storefront_event_days ('sessions') and deletes its rows.
    await db.schema.createTable('storefront_sessions', (t) => {
      t.uuid('tenant_id').notNullable().references('tenants.id').onDelete('CASCADE');
      t.date('day').notNullable();
      t.binary('session_hash').notNullable();
      t.primary(['tenant_id', 'day', 'session_hash']);
    });
    await protectTenantTable(db, 'storefront_sessions');
    await db.raw(
      `create policy owner_session_rollup on storefront_sessions for select to current_user using (true)`,
    );
    await db.raw(`
      create function storefront_session_days_before(p_before date, p_limit integer)
      returns table (tenant_id uuid, day date)
      language sql stable security definer
      set search_path = public, pg_temp
      as $$
        select distinct s.tenant_id, s.day from storefront_sessions s
        where s.day < p_before
        order by s.day, s.tenant_id
        limit least(p_limit, 1000)
      $$`);
    await db.raw(
      'revoke all on function storefront_session_days_before(date, integer) from public',
    );

    // The dashboard reads orders by the time they were paid.
    await db.raw(
      `create index orders_paid_at_idx on orders (tenant_id, paid_at) where paid_at is not null`,
    );
  },
  async down(db) {
    await db.raw('drop index if exists orders_paid_at_idx');
    await db.raw('drop function if exists storefront_session_days_before(date, integer)');
    for (const table of [
      'storefront_sessions',
      'storefront_event_days',
      'sample_products',
      'store_setup',
      'site_settings',
      'store_pages',
    ]) {
      await db.schema.dropTableIfExists(table);
    }
  },
};
