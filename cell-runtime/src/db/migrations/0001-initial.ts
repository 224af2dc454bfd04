import { protectTenantTable, type Knex, type Migration } from '@mpb/db';

const ts = (db: Knex, t: Knex.CreateTableBuilder, name: string) =>
  t.timestamp(name, { useTz: true, precision: 3 }).notNullable().defaultTo(db.fn.now());

/**
 * The cell's initial model. Every tenant-owned table carries `tenant_id` and gets forced
 * row-level security with its policy in this same migration (see ADR 0002). Child tables
 * reference their parent through (tenant_id, id), so a row can never point into another tenant.
 */
export const initial: Migration = {
  name: '0001-initial',
  async up(db) {
    await db.schema.createTable('tenants', (t) => {
      t.uuid('id').primary();
      t.text('slug').notNullable().unique({ indexName: 'tenants_slug_key' });
      t.text('name').notNullable();
      t.text('niche').notNullable();
      t.text('currency').notNullable();
      t.text('language').notNullable();
      t.text('country').notNullable();
      t.text('status')
        .notNullable()
        .defaultTo('active')
        .checkIn(['active', 'suspended'], 'tenants_status_check');
      t.boolean('live').notNullable().defaultTo(false);
      ts(db, t, 'created_at');
      ts(db, t, 'updated_at');
    });
    await protectTenantTable(db, 'tenants', 'id');

    await db.schema.createTable('tenant_domains', (t) => {
      t.text('hostname').primary();
      t.uuid('tenant_id').notNullable().references('tenants.id').onDelete('CASCADE');
      t.text('kind')
        .notNullable()
        .defaultTo('subdomain')
        .checkIn(['subdomain', 'custom'], 'tenant_domains_kind_check');
      ts(db, t, 'created_at');
      t.index(['tenant_id']);
    });
    await protectTenantTable(db, 'tenant_domains');

    // Host resolution happens before any tenant is known. This function, owned by the schema
    // owner, is the one door through which the application maps a host to its tenant; it
    // returns only the ids, and owner-only policies let it read across tenants.
    await db.raw(
      `create policy owner_host_lookup on tenants for select to current_user using (true)`,
    );
    await db.raw(
      `create policy owner_host_lookup on tenant_domains for select to current_user using (true)`,
    );
    await db.raw(`
      create function resolve_tenant_by_host(p_host text)
      returns table (tenant_id uuid)
      language sql stable security definer
      set search_path = public, pg_temp
      as $$ select d.tenant_id from tenant_domains d where d.hostname = lower(p_host) $$`);
    await db.raw(`revoke all on function resolve_tenant_by_host(text) from public`);

    await db.schema.createTable('members', (t) => {
      t.uuid('tenant_id').notNullable().references('tenants.id').onDelete('CASCADE');
      t.uuid('user_id').notNullable();
      t.text('email').notNullable();
      t.text('role')
        .notNullable()
        // Frozen here (not imported) so this migration never changes after it ships.
        .checkIn(
          ['owner', 'admin', 'catalog_staff', 'orders_staff', 'support'],
          'members_role_check',
        );
      ts(db, t, 'created_at');
      t.primary(['tenant_id', 'user_id']);
    });
    await protectTenantTable(db, 'members');

    await db.schema.createTable('storefront_config', (t) => {
      t.uuid('tenant_id').primary().references('tenants.id').onDelete('CASCADE');
      t.text('template').notNullable();
      t.text('primary_color').notNullable();
      t.text('accent_color').notNullable();
      t.text('logo_url');
      ts(db, t, 'updated_at');
    });
    await protectTenantTable(db, 'storefront_config');

    await db.schema.createTable('categories', (t) => {
      t.uuid('id').primary();
      t.uuid('tenant_id').notNullable().references('tenants.id').onDelete('CASCADE');
      t.uuid('parent_id');
      t.text('name').notNullable();
      t.text('handle').notNullable();
      t.integer('position').notNullable().defaultTo(0);
      ts(db, t, 'created_at');
      t.unique(['tenant_id', 'id'], { indexName: 'categories_tenant_id_key' });
      t.unique(['tenant_id', 'handle'], { indexName: 'categories_handle_key' });
      t.foreign(['tenant_id', 'parent_id'])
        .references(['tenant_id', 'id'])
        .inTable('categories')
        .onDelete('CASCADE');
    });
    await protectTenantTable(db, 'categories');

    await db.schema.createTable('products', (t) => {
      t.uuid('id').primary();
      t.uuid('tenant_id').notNullable().references('tenants.id').onDelete('CASCADE');
      t.text('title').notNullable();
      t.text('handle').notNullable();
      t.text('description').notNullable().defaultTo('');
      t.text('status')
        .notNullable()
        .checkIn(['draft', 'active', 'archived'], 'products_status_check');
      t.bigInteger('price').notNullable();
      ts(db, t, 'created_at');
      ts(db, t, 'updated_at');
      t.unique(['tenant_id', 'id'], { indexName: 'products_tenant_id_key' });
      t.unique(['tenant_id', 'handle'], { indexName: 'products_handle_key' });
    });
    await db.raw(`alter table products add constraint products_price_check check (price >= 0)`);
    await db.raw(
      `create index products_listing_idx on products (tenant_id, created_at desc, id desc)`,
    );
    await db.raw(
      `create index products_status_listing_idx on products (tenant_id, status, created_at desc, id desc)`,
    );
    await protectTenantTable(db, 'products');

    await db.schema.createTable('product_variants', (t) => {
      t.uuid('id').primary();
      t.uuid('tenant_id').notNullable();
      t.uuid('product_id').notNullable();
      t.text('sku');
      t.bigInteger('price').comment('null: the product price');
      t.integer('stock').notNullable().defaultTo(0);
      t.jsonb('options').notNullable().defaultTo('{}');
      t.integer('position').notNullable().defaultTo(0);
      ts(db, t, 'created_at');
      t.foreign(['tenant_id', 'product_id'])
        .references(['tenant_id', 'id'])
        .inTable('products')
        .onDelete('CASCADE');
      t.unique(['tenant_id', 'id'], { indexName: 'product_variants_tenant_id_key' });
      t.unique(['tenant_id', 'sku'], { indexName: 'product_variants_sku_key' });
      t.index(['tenant_id', 'product_id', 'position']);
    });
    await db.raw(
      `alter table product_variants add constraint product_variants_stock_check check (stock >= 0)`,
    );
    await db.raw(
      `alter table product_variants add constraint product_variants_price_check check (price >= 0)`,
    );
    await protectTenantTable(db, 'product_variants');

    await db.schema.createTable('orders', (t) => {
      t.uuid('id').primary();
      t.uuid('tenant_id').notNullable().references('tenants.id').onDelete('CASCADE');
      t.bigInteger('number').notNullable();
      t.text('status')
        .notNullable()
        .checkIn(
          ['created', 'paid', 'shipped', 'delivered', 'cancelled', 'refunded'],
          'orders_status_check',
        );
      t.text('currency').notNullable();
      t.bigInteger('subtotal').notNullable();
      t.bigInteger('total').notNullable();
      t.text('email');
      ts(db, t, 'created_at');
      ts(db, t, 'updated_at');
      t.unique(['tenant_id', 'id'], { indexName: 'orders_tenant_id_key' });
      t.unique(['tenant_id', 'number'], { indexName: 'orders_number_key' });
    });
    await protectTenantTable(db, 'orders');

    await db.schema.createTable('order_items', (t) => {
      t.uuid('id').primary();
      t.uuid('tenant_id').notNullable();
      t.uuid('order_id').notNullable();
      t.uuid('product_id');
      t.uuid('variant_id');
      t.text('title').notNullable();
      t.text('sku');
      t.integer('quantity').notNullable();
      t.bigInteger('unit_price').notNullable();
      t.bigInteger('total').notNullable();
      t.foreign(['tenant_id', 'order_id'])
        .references(['tenant_id', 'id'])
        .inTable('orders')
        .onDelete('CASCADE');
      t.index(['tenant_id', 'order_id']);
    });
    await db.raw(
      `alter table order_items add constraint order_items_quantity_check check (quantity > 0)`,
    );
    await protectTenantTable(db, 'order_items');

    await db.schema.createTable('coupons', (t) => {
      t.uuid('id').primary();
      t.uuid('tenant_id').notNullable().references('tenants.id').onDelete('CASCADE');
      t.text('code').notNullable();
      t.text('kind')
        .notNullable()
        .checkIn(['percentage', 'fixed', 'free_shipping'], 'coupons_kind_check');
      t.bigInteger('value').notNullable().defaultTo(0);
      t.timestamp('starts_at', { useTz: true, precision: 3 });
      t.timestamp('ends_at', { useTz: true, precision: 3 });
      t.integer('usage_limit');
      t.integer('used_count').notNullable().defaultTo(0);
      ts(db, t, 'created_at');
    });
    await db.raw(`create unique index coupons_code_key on coupons (tenant_id, lower(code))`);
    await protectTenantTable(db, 'coupons');

    await db.schema.createTable('audit_logs', (t) => {
      t.bigIncrements('id');
      t.uuid('tenant_id').notNullable().references('tenants.id').onDelete('CASCADE');
      t.text('actor_type')
        .notNullable()
        .checkIn(['member', 'platform', 'system'], 'audit_logs_actor_check');
      t.uuid('actor_id');
      t.text('action').notNullable();
      t.text('target_type');
      t.text('target_id');
      t.jsonb('data').notNullable().defaultTo('{}');
      t.text('correlation_id');
      ts(db, t, 'created_at');
      t.index(['tenant_id', 'created_at']);
    });
    await protectTenantTable(db, 'audit_logs');
  },
  async down(db) {
    await db.raw('drop function if exists resolve_tenant_by_host(text)');
    for (const table of [
      'audit_logs',
      'coupons',
      'order_items',
      'orders',
      'product_variants',
      'products',
      'categories',
      'storefront_config',
      'members',
      'tenant_domains',
      'tenants',
    ]) {
      await db.schema.dropTableIfExists(table);
    }
  },
};
