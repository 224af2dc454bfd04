import type { Knex, Migration } from '@mpb/db';

/**
 * Each store's connected Stripe account. Stripe sends every connected account's events to the
 * platform's one webhook endpoint; this table is how an event finds its store (and cell).
 */
export const payments: Migration = {
  name: '0002-payments',
  async up(db: Knex) {
    await db.schema.createTable('stripe_accounts', (t) => {
      t.text('account_id').primary();
      t.uuid('tenant_id')
        .notNullable()
        .unique({ indexName: 'stripe_accounts_tenant_key' })
        .references('tenants.id')
        .onDelete('CASCADE');
      t.boolean('charges_enabled').notNullable().defaultTo(false);
      t.boolean('details_submitted').notNullable().defaultTo(false);
      t.timestamp('created_at', { useTz: true, precision: 3 }).notNullable().defaultTo(db.fn.now());
      t.timestamp('updated_at', { useTz: true, precision: 3 }).notNullable().defaultTo(db.fn.now());
    });
    // Signature-checked events, kept briefly for support and to spot replays.
    await db.schema.createTable('stripe_webhook_deliveries', (t) => {
      t.text('event_id').primary();
      t.text('type').notNullable();
      t.text('account_id');
      t.uuid('tenant_id');
      t.text('outcome').notNullable();
      t.integer('deliveries').notNullable().defaultTo(1);
      t.timestamp('first_received_at', { useTz: true, precision: 3 })
        .notNullable()
        .defaultTo(db.fn.now());
      t.timestamp('last_received_at', { useTz: true, precision: 3 })
        .notNullable()
        .defaultTo(db.fn.now());
    });
  },
  async down(db: Knex) {
    await db.schema.dropTableIfExists('stripe_webhook_deliveries');
    await db.schema.dropTableIfExists('stripe_accounts');
  },
};
