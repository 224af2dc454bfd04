import { protectTenantTable, type Migration } from '@mpb/db';

/**
 * The transactional outbox: domain events written in the same transaction as the change that
 * caused them, then relayed to Redis Streams. The relay works across tenants, which the
 * application role cannot see, so it goes through two owner functions (like host resolution):
 * one hands out pending events, the other marks them published.
 */
export const outbox: Migration = {
  name: '0005-outbox',
  async up(db) {
    await db.schema.createTable('outbox_events', (t) => {
      t.bigIncrements('id');
      t.uuid('tenant_id').notNullable().references('tenants.id').onDelete('CASCADE');
      t.text('type').notNullable();
      t.text('aggregate_type').notNullable();
      t.text('aggregate_id').notNullable();
      t.jsonb('payload').notNullable();
      t.text('correlation_id');
      t.timestamp('created_at', { useTz: true, precision: 3 }).notNullable().defaultTo(db.fn.now());
      t.timestamp('published_at', { useTz: true, precision: 3 });
    });
    await db.raw(
      `create index outbox_events_pending_idx on outbox_events (id) where published_at is null`,
    );
    await protectTenantTable(db, 'outbox_events');
    await db.raw(
      `create policy owner_relay on outbox_events for all to current_user using (true) with check (true)`,
    );

    await db.raw(`
      create function outbox_pending(p_limit integer)
      returns table (id bigint, tenant_id uuid, type text, aggregate_type text, aggregate_id text,
                     payload jsonb, correlation_id text, created_at timestamptz)
      language sql volatile security definer
      set search_path = public, pg_temp
      as $$
        select e.id, e.tenant_id, e.type, e.aggregate_type, e.aggregate_id, e.payload, e.correlation_id, e.created_at
        from outbox_events e
        where e.published_at is null
        order by e.id
        limit least(p_limit, 1000)
        for update skip locked
      $$`);
    await db.raw(`
      create function outbox_mark_published(p_ids bigint[])
      returns integer
      language sql volatile security definer
      set search_path = public, pg_temp
      as $$
        with marked as (
          update outbox_events set published_at = now()
          where id = any(p_ids) and published_at is null
          returning 1
        )
        select count(*)::integer from marked
      $$`);
    await db.raw(`revoke all on function outbox_pending(integer) from public`);
    await db.raw(`revoke all on function outbox_mark_published(bigint[]) from public`);

    // Wakes the relay as soon as a transaction with events commits (NOTIFY is delivered on commit).
    await db.raw(`
      create function outbox_notify() returns trigger language plpgsql as $$
      begin
        perform pg_notify('outbox_events', '');
        return null;
      end $$`);
    await db.raw(`
      create trigger outbox_events_notify after insert on outbox_events
      for each statement execute function outbox_notify()`);

    // Consumers record what they handled, in the same transaction as their own effects.
    await db.schema.createTable('processed_events', (t) => {
      t.uuid('tenant_id').notNullable().references('tenants.id').onDelete('CASCADE');
      t.text('consumer').notNullable();
      t.bigInteger('event_id').notNullable();
      t.timestamp('processed_at', { useTz: true, precision: 3 })
        .notNullable()
        .defaultTo(db.fn.now());
      t.primary(['tenant_id', 'consumer', 'event_id']);
    });
    await protectTenantTable(db, 'processed_events');

    // What was sent to whom, so a redelivered event never mails a customer twice.
    await db.schema.createTable('notifications', (t) => {
      t.uuid('id').primary();
      t.uuid('tenant_id').notNullable().references('tenants.id').onDelete('CASCADE');
      t.bigInteger('event_id').notNullable();
      t.text('channel').notNullable().checkIn(['email', 'whatsapp'], 'notifications_channel_check');
      t.text('template').notNullable();
      t.text('recipient').notNullable();
      t.text('status')
        .notNullable()
        .checkIn(['sending', 'sent', 'failed'], 'notifications_status_check');
      t.text('error');
      t.timestamp('created_at', { useTz: true, precision: 3 }).notNullable().defaultTo(db.fn.now());
      t.timestamp('sent_at', { useTz: true, precision: 3 });
      t.unique(['tenant_id', 'event_id', 'channel', 'template'], {
        indexName: 'notifications_event_key',
      });
    });
    await protectTenantTable(db, 'notifications');
  },
  async down(db) {
    await db.schema.dropTableIfExists('notifications');
    await db.schema.dropTableIfExists('processed_events');
    await db.raw('drop trigger if exists outbox_events_notify on outbox_events');
    await db.raw('drop function if exists outbox_notify()');
    await db.raw('drop function if exists outbox_mark_published(bigint[])');
    await db.raw('drop function if exists outbox_pending(integer)');
    await db.schema.dropTableIfExists('outbox_events');
  },
};
