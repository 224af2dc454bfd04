import type { Knex, Migration } from '@mpb/db';

/** Accounts, tenants, the cell registry and domains: the control plane's own data. */
export const initial: Migration = {
  name: '0001-initial',
  async up(db: Knex) {
    await db.schema.createTable('users', (t) => {
      t.uuid('id').primary();
      t.text('email').notNullable().unique({ indexName: 'users_email_key' });
      t.text('password_hash').notNullable();
      t.boolean('is_super_admin').notNullable().defaultTo(false);
      t.timestamp('created_at', { useTz: true, precision: 3 }).notNullable().defaultTo(db.fn.now());
    });
    await db.raw(
      `alter table users add constraint users_email_lowercase check (email = lower(email))`,
    );

    await db.schema.createTable('sessions', (t) => {
      t.uuid('id').primary();
      t.uuid('user_id').notNullable().references('users.id').onDelete('CASCADE');
      t.text('refresh_token_hash').notNullable().unique();
      t.timestamp('created_at', { useTz: true, precision: 3 }).notNullable().defaultTo(db.fn.now());
      t.timestamp('expires_at', { useTz: true, precision: 3 }).notNullable();
      t.timestamp('revoked_at', { useTz: true, precision: 3 });
      t.index(['user_id']);
    });

    await db.schema.createTable('cells', (t) => {
      t.text('id').primary();
      t.text('kind').notNullable().checkIn(['shared', 'dedicated'], 'cells_kind_check');
      t.text('region').notNullable();
      t.text('status')
        .notNullable()
        .checkIn(['provisioning', 'active', 'draining', 'retired'], 'cells_status_check');
      t.integer('capacity').notNullable().checkPositive('cells_capacity_check');
      t.integer('tenant_count').notNullable().defaultTo(0);
      t.text('api_url').notNullable();
      t.text('storefront_url').notNullable();
      t.timestamp('created_at', { useTz: true, precision: 3 }).notNullable().defaultTo(db.fn.now());
      t.timestamp('updated_at', { useTz: true, precision: 3 }).notNullable().defaultTo(db.fn.now());
    });
    await db.raw(
      `alter table cells add constraint cells_tenant_count_check check (tenant_count >= 0)`,
    );

    await db.schema.createTable('templates', (t) => {
      t.text('id').primary();
      t.text('name').notNullable();
      t.text('description').notNullable();
      t.boolean('is_active').notNullable().defaultTo(true);
    });
    await db('templates').insert([
      {
        id: 'default',
        name: 'Default',
        description: 'A clean grid of products under the store name.',
      },
    ]);

    await db.schema.createTable('tenants', (t) => {
      t.uuid('id').primary();
      t.text('slug').notNullable().unique({ indexName: 'tenants_slug_key' });
      t.text('name').notNullable();
      t.text('niche').notNullable();
      t.text('currency').notNullable();
      t.text('language').notNullable();
      t.text('country').notNullable();
      t.text('template').notNullable().references('templates.id');
      t.text('plan').notNullable().defaultTo('free');
      t.text('status')
        .notNullable()
        .checkIn(['provisioning', 'ready', 'failed', 'suspended'], 'tenants_status_check');
      t.boolean('live').notNullable().defaultTo(false);
      t.text('cell_id').references('cells.id');
      t.specificType('completed_steps', 'text[]').notNullable().defaultTo('{}');
      t.text('provisioning_error');
      t.uuid('created_by').notNullable().references('users.id');
      t.timestamp('created_at', { useTz: true, precision: 3 }).notNullable().defaultTo(db.fn.now());
      t.timestamp('ready_at', { useTz: true, precision: 3 });
      t.index(['cell_id']);
    });

    await db.schema.createTable('tenant_memberships', (t) => {
      t.uuid('tenant_id').notNullable().references('tenants.id').onDelete('CASCADE');
      t.uuid('user_id').notNullable().references('users.id').onDelete('CASCADE');
      t.text('role')
        .notNullable()
        // Frozen here (not imported) so this migration never changes after it ships.
        .checkIn(
          ['owner', 'admin', 'catalog_staff', 'orders_staff', 'support'],
          'tenant_memberships_role_check',
        );
      t.timestamp('created_at', { useTz: true, precision: 3 }).notNullable().defaultTo(db.fn.now());
      t.primary(['tenant_id', 'user_id']);
      t.index(['user_id']);
    });

    await db.schema.createTable('domains', (t) => {
      t.text('hostname').primary();
      t.uuid('tenant_id').notNullable().references('tenants.id').onDelete('CASCADE');
      t.text('kind').notNullable().checkIn(['subdomain', 'custom'], 'domains_kind_check');
      t.text('status')
        .notNullable()
        .checkIn(['reserved', 'active', 'pending_verification', 'failed'], 'domains_status_check');
      t.timestamp('created_at', { useTz: true, precision: 3 }).notNullable().defaultTo(db.fn.now());
      t.timestamp('updated_at', { useTz: true, precision: 3 }).notNullable().defaultTo(db.fn.now());
      t.index(['tenant_id']);
    });

    // One row per completed side effect of a workflow activity, keyed by workflow id and step,
    // written in the same transaction as the effect: a retried activity finds it and does nothing.
    await db.schema.createTable('activity_effects', (t) => {
      t.text('idempotency_key').primary();
      t.jsonb('result').notNullable();
      t.timestamp('created_at', { useTz: true, precision: 3 }).notNullable().defaultTo(db.fn.now());
    });

    await db.schema.createTable('audit_events', (t) => {
      t.bigIncrements('id');
      t.uuid('actor_user_id');
      t.text('actor').notNullable().comment('user, workflow or system');
      t.text('action').notNullable();
      t.uuid('tenant_id');
      t.jsonb('data').notNullable().defaultTo('{}');
      t.timestamp('created_at', { useTz: true, precision: 3 }).notNullable().defaultTo(db.fn.now());
      t.index(['tenant_id', 'created_at']);
    });
  },
  async down(db: Knex) {
    for (const table of [
      'audit_events',
      'activity_effects',
      'domains',
      'tenant_memberships',
      'tenants',
      'templates',
      'cells',
      'sessions',
      'users',
    ]) {
      await db.schema.dropTableIfExists(table);
    }
  },
};
