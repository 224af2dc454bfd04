import type { Knex, Migration } from '@mpb/db';

const ts = (t: Knex.CreateTableBuilder, db: Knex, name: string) =>
  t.timestamp(name, { useTz: true, precision: 3 }).notNullable().defaultTo(db.fn.now());

/**
 * Sign-in links and email verification for merchants, and the platform's mail outbox: every
 * email is a row written in the transaction that causes it, sent by a dispatcher.
 */
export const accountLinksAndMailOutbox: Migration = {
  name: '0004-account-links-and-mail-outbox',
  async up(db: Knex) {
    // An account created by a sign-in link has no password until its owner sets one.
    await db.raw('alter table users alter column password_hash drop not null');
    await db.schema.alterTable('users', (t) => {
      t.timestamp('email_verified_at', { useTz: true, precision: 3 });
    });

    await db.schema.createTable('auth_links', (t) => {
      t.uuid('id').primary();
      t.text('purpose')
        .notNullable()
        .checkIn(['sign-in', 'verify-email'], 'auth_links_purpose_check');
      // The address the link was sent to: a sign-in link may be for an account not created yet.
      t.text('email').notNullable();
      t.uuid('user_id').references('users.id').onDelete('CASCADE');
      // SHA-256 of the token: a leaked table signs nobody in.
      t.text('token_hash').notNullable().unique({ indexName: 'auth_links_token_hash_key' });
      ts(t, db, 'created_at');
      t.timestamp('expires_at', { useTz: true, precision: 3 }).notNullable();
      t.timestamp('used_at', { useTz: true, precision: 3 });
      t.index(['expires_at']);
    });
    await db.raw(
      `alter table auth_links add constraint auth_links_email_lowercase check (email = lower(email))`,
    );
    await db.raw(
      `alter table auth_links add constraint auth_links_verify_has_user
       check (purpose <> 'verify-email' or user_id is not null)`,
    );

    await db.schema.createTable('mail_outbox', (t) => {
      t.uuid('id').primary();
      // What the email is (invitation, sign-in, verify-email): for operators and metrics.
      t.text('kind').notNullable();
      t.text('recipient').notNullable();
      t.text('subject').notNullable();
      // The bodies hold the link, a credential: they are cleared once the row is settled.
      t.text('text_body');
      t.text('html_body');
      t.text('status')
        .notNullable()
        .checkIn(['pending', 'sent', 'failed', 'unsent'], 'mail_outbox_status_check');
      t.integer('attempts').notNullable().defaultTo(0);
      ts(t, db, 'next_attempt_at');
      t.text('last_error');
      ts(t, db, 'created_at');
      t.timestamp('sent_at', { useTz: true, precision: 3 });
    });
    // The dispatcher's query: due pending rows, oldest first.
    await db.raw(
      `create index mail_outbox_due on mail_outbox (next_attempt_at) where status = 'pending'`,
    );
    // Pruning's query: settled rows, oldest first.
    await db.raw(
      `create index mail_outbox_settled on mail_outbox (created_at) where status <> 'pending'`,
    );
  },
  async down(db: Knex) {
    await db.schema.dropTableIfExists('mail_outbox');
    await db.schema.dropTableIfExists('auth_links');
    await db.schema.alterTable('users', (t) => {
      t.dropColumn('email_verified_at');
    });
    // Accounts without a password cannot survive going back: the old schema requires one.
    await db('users').whereNull('password_hash').delete();
    await db.raw('alter table users alter column password_hash set not null');
  },
};
