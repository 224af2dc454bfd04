import { protectTenantTable, type Migration } from '@mpb/db';

/** Catalog imports from CSV and Excel, with the rows that failed and why. */
export const imports: Migration = {
  name: '0003-imports',
  async up(db) {
    await db.schema.createTable('imports', (t) => {
      t.uuid('id').primary();
      t.uuid('tenant_id').notNullable().references('tenants.id').onDelete('CASCADE');
      t.text('format').notNullable().checkIn(['csv', 'xlsx'], 'imports_format_check');
      t.text('filename').notNullable();
      t.text('status')
        .notNullable()
        .checkIn(['running', 'completed', 'failed'], 'imports_status_check');
      t.integer('total_rows').notNullable().defaultTo(0);
      t.integer('created_count').notNullable().defaultTo(0);
      t.integer('updated_count').notNullable().defaultTo(0);
      t.integer('failed_count').notNullable().defaultTo(0);
      t.text('error');
      t.uuid('created_by');
      t.timestamp('created_at', { useTz: true, precision: 3 }).notNullable().defaultTo(db.fn.now());
      t.timestamp('finished_at', { useTz: true, precision: 3 });
      t.unique(['tenant_id', 'id'], { indexName: 'imports_tenant_id_key' });
      t.index(['tenant_id', 'created_at']);
    });
    await protectTenantTable(db, 'imports');

    await db.schema.createTable('import_row_errors', (t) => {
      t.bigIncrements('id');
      t.uuid('tenant_id').notNullable();
      t.uuid('import_id').notNullable();
      t.integer('row_number').notNullable();
      t.text('sku');
      t.text('field');
      t.text('message').notNullable();
      t.foreign(['tenant_id', 'import_id'])
        .references(['tenant_id', 'id'])
        .inTable('imports')
        .onDelete('CASCADE');
      t.index(['tenant_id', 'import_id', 'row_number']);
    });
    await protectTenantTable(db, 'import_row_errors');
  },
  async down(db) {
    await db.schema.dropTableIfExists('import_row_errors');
    await db.schema.dropTableIfExists('imports');
  },
};
