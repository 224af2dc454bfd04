import { protectTenantTable, type Knex, type Migration } from '@mpb/db';

const at = (db: Knex, t: Knex.CreateTableBuilder, name: string) =>
  t.timestamp(name, { useTz: true, precision: 3 }).notNullable().defaultTo(db.fn.now());

/**
 * Selling: store settings, coupons, shipping and taxes, customers, checkout with stock
 * reservations, the order lifecycle, refunds and Stripe event deduplication.
 */
export const commerce: Migration = {
  name: '0004-commerce',
  async up(db) {
    await db.schema.createTable('store_settings', (t) => {
      t.uuid('tenant_id').primary().references('tenants.id').onDelete('CASCADE');
      t.boolean('prices_include_tax').notNullable().defaultTo(false);
      t.text('stripe_account_id').unique({ indexName: 'store_settings_stripe_account_key' });
      t.boolean('stripe_charges_enabled').notNullable().defaultTo(false);
      t.bigInteger('next_order_number').notNullable().defaultTo(1001);
      t.text('support_email');
      at(db, t, 'updated_at');
    });
    await protectTenantTable(db, 'store_settings');

    // Redemptions are counted when a checkout starts (and given back if it expires), and the
    // count can never pass the limit: the check constraint decides concurrent races.
    await db.raw(`
      alter table coupons
        add column min_subtotal bigint not null default 0,
        add column per_customer_limit integer,
        add column active boolean not null default true,
        add column updated_at timestamptz(3) not null default now(),
        add constraint coupons_value_check check (value >= 0 and (kind <> 'percentage' or value between 1 and 100)),
        add constraint coupons_usage_check check (used_count >= 0 and (usage_limit is null or used_count <= usage_limit)),
        add constraint coupons_per_customer_check check (per_customer_limit is null or per_customer_limit >= 1),
        add constraint coupons_tenant_id_key unique (tenant_id, id)`);
    await db.schema.createTable('coupon_redemptions', (t) => {
      t.uuid('id').primary();
      t.uuid('tenant_id').notNullable();
      t.uuid('coupon_id').notNullable();
      t.uuid('checkout_session_id').notNullable();
      t.text('customer_email').notNullable();
      t.boolean('released').notNullable().defaultTo(false);
      at(db, t, 'created_at');
      t.foreign(['tenant_id', 'coupon_id'])
        .references(['tenant_id', 'id'])
        .inTable('coupons')
        .onDelete('CASCADE');
      t.unique(['tenant_id', 'coupon_id', 'checkout_session_id'], {
        indexName: 'coupon_redemptions_checkout_key',
      });
    });
    await db.raw(
      `create index coupon_redemptions_customer_idx on coupon_redemptions (tenant_id, coupon_id, lower(customer_email)) where not released`,
    );
    await protectTenantTable(db, 'coupon_redemptions');

    await db.schema.createTable('shipping_zones', (t) => {
      t.uuid('id').primary();
      t.uuid('tenant_id').notNullable().references('tenants.id').onDelete('CASCADE');
      t.text('name').notNullable();
      t.specificType('countries', 'text[]').notNullable();
      t.specificType('regions', 'text[]').notNullable().defaultTo('{}');
      t.integer('position').notNullable().defaultTo(0);
      at(db, t, 'created_at');
      t.unique(['tenant_id', 'id'], { indexName: 'shipping_zones_tenant_id_key' });
    });
    await protectTenantTable(db, 'shipping_zones');

    await db.schema.createTable('shipping_rates', (t) => {
      t.uuid('id').primary();
      t.uuid('tenant_id').notNullable();
      t.uuid('zone_id').notNullable();
      t.text('name').notNullable();
      t.text('kind')
        .notNullable()
        .checkIn(['flat', 'weight', 'free_over', 'pickup'], 'shipping_rates_kind_check');
      t.bigInteger('amount').notNullable().defaultTo(0);
      t.integer('min_weight_grams');
      t.integer('max_weight_grams');
      t.bigInteger('free_over_amount');
      t.integer('position').notNullable().defaultTo(0);
      t.unique(['tenant_id', 'id'], { indexName: 'shipping_rates_tenant_id_key' });
      t.foreign(['tenant_id', 'zone_id'])
        .references(['tenant_id', 'id'])
        .inTable('shipping_zones')
        .onDelete('CASCADE');
    });
    await db.raw(
      `alter table shipping_rates add constraint shipping_rates_amount_check check (amount >= 0 and (free_over_amount is null or free_over_amount >= 0))`,
    );
    await protectTenantTable(db, 'shipping_rates');

    await db.schema.createTable('tax_rates', (t) => {
      t.uuid('id').primary();
      t.uuid('tenant_id').notNullable().references('tenants.id').onDelete('CASCADE');
      t.text('name').notNullable();
      t.text('country').notNullable();
      t.text('region');
      // Basis points: 1,800 is 18%.
      t.integer('rate_bps').notNullable();
      t.boolean('applies_to_shipping').notNullable().defaultTo(false);
      t.unique(['tenant_id', 'id'], { indexName: 'tax_rates_tenant_id_key' });
    });
    await db.raw(
      `alter table tax_rates add constraint tax_rates_rate_check check (rate_bps between 0 and 10000)`,
    );
    await db.raw(
      `create unique index tax_rates_place_key on tax_rates (tenant_id, country, coalesce(region, ''))`,
    );
    await protectTenantTable(db, 'tax_rates');

    await db.schema.createTable('customers', (t) => {
      t.uuid('id').primary();
      t.uuid('tenant_id').notNullable().references('tenants.id').onDelete('CASCADE');
      t.text('email').notNullable();
      t.text('name');
      at(db, t, 'created_at');
      t.unique(['tenant_id', 'id'], { indexName: 'customers_tenant_id_key' });
      t.unique(['tenant_id', 'email'], { indexName: 'customers_email_key' });
    });
    await db.raw(
      `alter table customers add constraint customers_email_lowercase check (email = lower(email))`,
    );
    await protectTenantTable(db, 'customers');

    await db.schema.createTable('customer_login_tokens', (t) => {
      t.text('token_hash').primary();
      t.uuid('tenant_id').notNullable();
      t.uuid('customer_id').notNullable();
      t.timestamp('expires_at', { useTz: true, precision: 3 }).notNullable();
      t.timestamp('used_at', { useTz: true, precision: 3 });
      at(db, t, 'created_at');
      t.foreign(['tenant_id', 'customer_id'])
        .references(['tenant_id', 'id'])
        .inTable('customers')
        .onDelete('CASCADE');
    });
    await protectTenantTable(db, 'customer_login_tokens');

    await db.schema.createTable('checkout_sessions', (t) => {
      t.uuid('id').primary();
      t.uuid('tenant_id').notNullable().references('tenants.id').onDelete('CASCADE');
      t.text('cart_id').notNullable();
      // Derived from the cart's content: the same cart checked out twice is one session.
      t.text('idempotency_key').notNullable();
      t.text('stripe_session_id').unique({ indexName: 'checkout_sessions_stripe_key' });
      t.text('checkout_url');
      t.text('status')
        .notNullable()
        .checkIn(
          ['pending', 'open', 'completed', 'expired', 'failed'],
          'checkout_sessions_status_check',
        );
      t.text('email').notNullable();
      t.text('locale').notNullable();
      t.text('currency').notNullable();
      t.bigInteger('subtotal').notNullable();
      t.bigInteger('discount').notNullable();
      t.bigInteger('shipping').notNullable();
      t.bigInteger('tax').notNullable();
      t.bigInteger('total').notNullable();
      t.boolean('prices_include_tax').notNullable();
      t.uuid('coupon_id');
      t.text('coupon_code');
      t.uuid('shipping_rate_id');
      t.text('shipping_method');
      t.jsonb('shipping_address');
      // What was bought, priced by the server when the checkout started.
      t.jsonb('lines').notNullable();
      t.timestamp('expires_at', { useTz: true, precision: 3 }).notNullable();
      t.uuid('order_id');
      at(db, t, 'created_at');
      at(db, t, 'updated_at');
      t.unique(['tenant_id', 'id'], { indexName: 'checkout_sessions_tenant_id_key' });
      t.unique(['tenant_id', 'idempotency_key'], {
        indexName: 'checkout_sessions_idempotency_key',
      });
    });
    await db.raw(
      `create index checkout_sessions_expiry_idx on checkout_sessions (expires_at) where status in ('pending', 'open')`,
    );
    await protectTenantTable(db, 'checkout_sessions');

    await db.schema.createTable('stock_reservations', (t) => {
      t.uuid('id').primary();
      t.uuid('tenant_id').notNullable();
      t.uuid('checkout_session_id').notNullable();
      t.uuid('variant_id').notNullable();
      t.integer('quantity').notNullable();
      t.text('state')
        .notNullable()
        .defaultTo('held')
        .checkIn(['held', 'consumed', 'released'], 'stock_reservations_state_check');
      at(db, t, 'created_at');
      t.foreign(['tenant_id', 'checkout_session_id'])
        .references(['tenant_id', 'id'])
        .inTable('checkout_sessions')
        .onDelete('CASCADE');
      t.unique(['tenant_id', 'checkout_session_id', 'variant_id'], {
        indexName: 'stock_reservations_line_key',
      });
    });
    await db.raw(
      `alter table stock_reservations add constraint stock_reservations_quantity_check check (quantity > 0)`,
    );
    await protectTenantTable(db, 'stock_reservations');

    await db.raw(`
      alter table orders
        add column customer_id uuid,
        add column locale text not null default 'en',
        add column discount_amount bigint not null default 0,
        add column shipping_amount bigint not null default 0,
        add column tax_amount bigint not null default 0,
        add column prices_include_tax boolean not null default false,
        add column coupon_code text,
        add column shipping_method text,
        add column shipping_address jsonb,
        add column checkout_session_id uuid,
        add column stripe_payment_intent_id text,
        add column paid_at timestamptz(3),
        add column carrier text,
        add column tracking_number text,
        add column shipped_at timestamptz(3),
        add column delivered_at timestamptz(3),
        add column cancelled_at timestamptz(3),
        add column refunded_amount bigint not null default 0,
        add column status_token_hash text,
        add constraint orders_refunded_check check (refunded_amount >= 0 and refunded_amount <= total),
        add constraint orders_checkout_key unique (tenant_id, checkout_session_id)`);
    await db.raw(`create index orders_listing_idx on orders (tenant_id, created_at desc, id desc)`);
    await db.raw(
      `create index orders_customer_idx on orders (tenant_id, customer_id, created_at desc)`,
    );
    await db.raw(`create index orders_email_idx on orders (tenant_id, lower(email))`);

    await db.schema.createTable('order_events', (t) => {
      t.bigIncrements('id');
      t.uuid('tenant_id').notNullable();
      t.uuid('order_id').notNullable();
      t.text('type').notNullable();
      t.text('from_status');
      t.text('to_status');
      t.text('actor_type')
        .notNullable()
        .checkIn(['member', 'customer', 'stripe', 'system'], 'order_events_actor_check');
      t.text('actor_id');
      t.jsonb('data').notNullable().defaultTo('{}');
      at(db, t, 'created_at');
      t.foreign(['tenant_id', 'order_id'])
        .references(['tenant_id', 'id'])
        .inTable('orders')
        .onDelete('CASCADE');
      t.index(['tenant_id', 'order_id', 'id']);
    });
    await protectTenantTable(db, 'order_events');

    await db.schema.createTable('refunds', (t) => {
      t.uuid('id').primary();
      t.uuid('tenant_id').notNullable();
      t.uuid('order_id').notNullable();
      t.bigInteger('amount').notNullable();
      t.text('reason');
      t.text('status')
        .notNullable()
        .checkIn(['pending', 'succeeded', 'failed'], 'refunds_status_check');
      t.text('stripe_refund_id').unique({ indexName: 'refunds_stripe_key' });
      t.text('idempotency_key').notNullable();
      t.uuid('created_by');
      at(db, t, 'created_at');
      t.foreign(['tenant_id', 'order_id'])
        .references(['tenant_id', 'id'])
        .inTable('orders')
        .onDelete('CASCADE');
      t.unique(['tenant_id', 'idempotency_key'], { indexName: 'refunds_idempotency_key' });
    });
    await db.raw(`alter table refunds add constraint refunds_amount_check check (amount > 0)`);
    await protectTenantTable(db, 'refunds');

    // One row per Stripe event handled, written in the same transaction as its effect.
    await db.schema.createTable('stripe_events', (t) => {
      t.uuid('tenant_id').notNullable().references('tenants.id').onDelete('CASCADE');
      t.text('event_id').notNullable();
      t.text('type').notNullable();
      t.timestamp('stripe_created_at', { useTz: true, precision: 3 }).notNullable();
      at(db, t, 'processed_at');
      t.primary(['tenant_id', 'event_id']);
    });
    await protectTenantTable(db, 'stripe_events');
  },
  async down(db) {
    for (const table of [
      'stripe_events',
      'refunds',
      'order_events',
      'stock_reservations',
      'checkout_sessions',
      'customer_login_tokens',
      'customers',
      'tax_rates',
      'shipping_rates',
      'shipping_zones',
      'coupon_redemptions',
      'store_settings',
    ]) {
      await db.schema.dropTableIfExists(table);
    }
  },
};
