import type { Knex, Migration } from '@mpb/db';

const ts = (t: Knex.CreateTableBuilder, db: Knex, name: string) =>
  t.timestamp(name, { useTz: true, precision: 3 }).notNullable().defaultTo(db.fn.now());

/**
 * The merchant journey: storefront templates in three languages, the wizard's saved steps,
 * staff invitations, suspension of a store by an operator, and support tickets.
 */
export const merchantJourney: Migration = {
  name: '0003-merchant-journey',
  async up(db: Knex) {
    await db.schema.alterTable('templates', (t) => {
      t.jsonb('names').notNullable().defaultTo('{}');
      t.jsonb('descriptions').notNullable().defaultTo('{}');
      t.jsonb('preview').notNullable().defaultTo('{}');
      t.integer('position').notNullable().defaultTo(0);
    });
    // Frozen here (not imported) so this migration never changes after it ships.
    await db('templates').insert([
      {
        id: 'classic',
        name: 'Classic',
        description: 'A clean grid of products under the store name.',
        position: 1,
        names: JSON.stringify({ 'pt-BR': 'Clássico', en: 'Classic', es: 'Clásico' }),
        descriptions: JSON.stringify({
          'pt-BR': 'Uma grade limpa de produtos sob o nome da loja. Funciona para qualquer nicho.',
          en: 'A clean grid of products under the store name. Works for any niche.',
          es: 'Una cuadrícula limpia de productos bajo el nombre de la tienda. Sirve para cualquier nicho.',
        }),
        preview: JSON.stringify({
          thumbnail: '/templates/classic.png',
          primaryColor: '#1f2937',
          accentColor: '#2563eb',
          backgroundColor: '#ffffff',
        }),
      },
      {
        id: 'bold',
        name: 'Bold',
        description: 'A big hero over the accent colour, large product cards, strong type.',
        position: 2,
        names: JSON.stringify({ 'pt-BR': 'Impacto', en: 'Bold', es: 'Audaz' }),
        descriptions: JSON.stringify({
          'pt-BR':
            'Um grande destaque com o nome da loja sobre a cor de acento, cards de produto grandes e tipografia forte.',
          en: 'A big hero with the store name over the accent colour, large product cards and strong typography.',
          es: 'Una gran portada con el nombre de la tienda sobre el color de acento, tarjetas grandes y tipografía fuerte.',
        }),
        preview: JSON.stringify({
          thumbnail: '/templates/bold.png',
          primaryColor: '#111827',
          accentColor: '#f97316',
          backgroundColor: '#fff7ed',
        }),
      },
      {
        id: 'minimal',
        name: 'Minimal',
        description: 'White space, serif headings and a text-led list of products.',
        position: 3,
        names: JSON.stringify({ 'pt-BR': 'Minimalista', en: 'Minimal', es: 'Minimalista' }),
        descriptions: JSON.stringify({
          'pt-BR':
            'Muito espaço em branco, títulos com serifa e uma lista de produtos guiada pelo texto.',
          en: 'Lots of white space, serif headings and a text-led list of products.',
          es: 'Mucho espacio en blanco, títulos con serifa y una lista de productos guiada por el texto.',
        }),
        preview: JSON.stringify({
          thumbnail: '/templates/minimal.png',
          primaryColor: '#18181b',
          accentColor: '#a16207',
          backgroundColor: '#fafaf9',
        }),
      },
    ]);
    // `default` stays (old rows and clients name it) as an alias of classic; it is not listed.
    await db('templates').where({ id: 'default' }).update({ is_active: false });
    await db('tenants').where({ template: 'default' }).update({ template: 'classic' });

    await db.schema.alterTable('tenants', (t) => {
      t.text('suspended_reason');
      t.timestamp('suspended_at', { useTz: true, precision: 3 });
      t.index(['created_at', 'id']);
    });

    await db.schema.createTable('onboarding_steps', (t) => {
      t.uuid('tenant_id').notNullable().references('tenants.id').onDelete('CASCADE');
      t.text('step').notNullable();
      t.text('status')
        .notNullable()
        .checkIn(['pending', 'done', 'skipped'], 'onboarding_steps_status_check');
      t.jsonb('data').notNullable().defaultTo('{}');
      t.uuid('updated_by').references('users.id').onDelete('SET NULL');
      ts(t, db, 'updated_at');
      t.primary(['tenant_id', 'step']);
    });

    await db.schema.createTable('invitations', (t) => {
      t.uuid('id').primary();
      t.uuid('tenant_id').notNullable().references('tenants.id').onDelete('CASCADE');
      t.text('email').notNullable();
      t.text('role')
        .notNullable()
        .checkIn(
          ['owner', 'admin', 'catalog_staff', 'orders_staff', 'support'],
          'invitations_role_check',
        );
      // SHA-256 of the token: a leaked table does not let anyone join a store.
      t.text('token_hash').notNullable().unique({ indexName: 'invitations_token_hash_key' });
      t.uuid('invited_by').notNullable().references('users.id').onDelete('CASCADE');
      ts(t, db, 'created_at');
      t.timestamp('expires_at', { useTz: true, precision: 3 }).notNullable();
      t.timestamp('accepted_at', { useTz: true, precision: 3 });
      t.uuid('accepted_by').references('users.id').onDelete('SET NULL');
      t.timestamp('revoked_at', { useTz: true, precision: 3 });
      t.uuid('revoked_by').references('users.id').onDelete('SET NULL');
      t.index(['tenant_id', 'created_at']);
    });
    await db.raw(
      `alter table invitations add constraint invitations_email_lowercase check (email = lower(email))`,
    );
    // At most one open invitation per person and store: inviting again replaces it.
    await db.raw(
      `create unique index invitations_open_key on invitations (tenant_id, email)
       where accepted_at is null and revoked_at is null`,
    );

    await db.schema.createTable('support_tickets', (t) => {
      t.uuid('id').primary();
      t.uuid('tenant_id').notNullable().references('tenants.id').onDelete('CASCADE');
      t.text('subject').notNullable();
      t.text('category').notNullable();
      t.text('status')
        .notNullable()
        .checkIn(['open', 'answered', 'closed'], 'support_tickets_status_check');
      t.uuid('opened_by').references('users.id').onDelete('SET NULL');
      ts(t, db, 'created_at');
      ts(t, db, 'updated_at');
      t.index(['tenant_id', 'updated_at']);
      t.index(['status', 'updated_at']);
    });
    await db.schema.createTable('support_messages', (t) => {
      t.uuid('id').primary();
      t.uuid('ticket_id').notNullable().references('support_tickets.id').onDelete('CASCADE');
      t.text('author').notNullable().checkIn(['merchant', 'operator'], 'support_messages_author');
      t.uuid('author_user_id').references('users.id').onDelete('SET NULL');
      t.text('body').notNullable();
      ts(t, db, 'created_at');
      t.index(['ticket_id', 'created_at']);
    });
  },
  async down(db: Knex) {
    await db.schema.dropTableIfExists('support_messages');
    await db.schema.dropTableIfExists('support_tickets');
    await db.schema.dropTableIfExists('invitations');
    await db.schema.dropTableIfExists('onboarding_steps');
    await db.schema.alterTable('tenants', (t) => {
      t.dropIndex(['created_at', 'id']);
      t.dropColumn('suspended_reason');
      t.dropColumn('suspended_at');
    });
    await db('tenants')
      .whereIn('template', ['classic', 'bold', 'minimal'])
      .update({ template: 'default' });
    await db('templates').where({ id: 'default' }).update({ is_active: true });
    await db('templates').whereIn('id', ['classic', 'bold', 'minimal']).delete();
    await db.schema.alterTable('templates', (t) => {
      t.dropColumn('names');
      t.dropColumn('descriptions');
      t.dropColumn('preview');
      t.dropColumn('position');
    });
  },
};
