import { protectTenantTable, type Migration } from '@mpb/db';

/**
 * Buyer accounts and fulfilment details: customer sessions made from sign-in links (only the
 * SHA-256 of the session token is stored, like sign-in tokens), the tracking link of a
 * shipment, whether a refund put units back in stock, and when an order's stock was returned
 * (at most once per order).
 */
export const customerSessions: Migration = {
  name: '0010-customer-sessions',
  async up(db) {
    await db.schema.createTable('customer_sessions', (t) => {
      t.text('token_hash').primary();
      t.uuid('tenant_id').notNullable();
      t.uuid('customer_id').notNullable();
      t.timestamp('expires_at', { useTz: true, precision: 3 }).notNullable();
      t.timestamp('created_at', { useTz: true, precision: 3 }).notNullable().defaultTo(db.fn.now());
      t.foreign(['tenant_id', 'customer_id'])
        .references(['tenant_id', 'id'])
        .inTable('customers')
        .onDelete('CASCADE');
      t.index(['tenant_id', 'customer_id']);
    });
    await protectTenantTable(db, 'customer_sessions');

    await db.raw(`
      alter table orders
        add column tracking_url text,
        add column restocked_at timestamptz(3)`);
    await db.raw(`alter table refunds add column restock boolean not null default false`);
  },
  async down(db) {
    await db.raw('alter table refunds drop column if exists restock');
    await db.raw(
      'alter table orders drop column if exists restocked_at, drop column if exists tracking_url',
    );
    await db.schema.dropTableIfExists('customer_sessions');
  },
};
