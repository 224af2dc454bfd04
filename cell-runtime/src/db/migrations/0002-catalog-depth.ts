import { protectTenantTable, type Migration } from '@mpb/db';

/**
 * Catalog depth for the shopper journey: SEO fields, tags, compare-at prices, a full-text search
 * document, variant weights and reservations, categories on products, collections and media.
 */
export const catalogDepth: Migration = {
  name: '0002-catalog-depth',
  async up(db) {
    await db.raw(`
      alter table products
        add column seo_title text,
        add column seo_description text,
        add column tags text[] not null default '{}',
        add column option_names text[] not null default '{}',
        add column compare_at_price bigint,
        add column search_document tsvector,
        add column search_indexed_at timestamptz(3),
        add constraint products_compare_at_price_check check (compare_at_price is null or compare_at_price >= 0)`);
    await db.raw(`create index products_tags_idx on products using gin (tags)`);
    await db.raw(`create index products_search_idx on products using gin (search_document)`);
    await db.raw(`create index products_price_idx on products (tenant_id, status, price)`);

    // `reserved` counts units held by open checkouts. The constraint is what makes overselling
    // impossible: a reservation that would take more than the stock fails in the database.
    await db.raw(`
      alter table product_variants
        add column weight_grams integer not null default 0,
        add column reserved integer not null default 0,
        add constraint product_variants_weight_check check (weight_grams >= 0),
        add constraint product_variants_reserved_check check (reserved >= 0 and reserved <= stock)`);
    await db.raw(
      `create index product_variants_options_idx on product_variants using gin (options jsonb_path_ops)`,
    );

    await db.schema.createTable('product_categories', (t) => {
      t.uuid('tenant_id').notNullable();
      t.uuid('product_id').notNullable();
      t.uuid('category_id').notNullable();
      t.primary(['tenant_id', 'product_id', 'category_id']);
      t.foreign(['tenant_id', 'product_id'])
        .references(['tenant_id', 'id'])
        .inTable('products')
        .onDelete('CASCADE');
      t.foreign(['tenant_id', 'category_id'])
        .references(['tenant_id', 'id'])
        .inTable('categories')
        .onDelete('CASCADE');
      t.index(['tenant_id', 'category_id']);
    });
    await protectTenantTable(db, 'product_categories');

    await db.schema.createTable('collections', (t) => {
      t.uuid('id').primary();
      t.uuid('tenant_id').notNullable().references('tenants.id').onDelete('CASCADE');
      t.text('title').notNullable();
      t.text('handle').notNullable();
      t.text('description').notNullable().defaultTo('');
      t.text('kind').notNullable().checkIn(['manual', 'rule'], 'collections_kind_check');
      // For rule collections: { match: 'all' | 'any', conditions: [{ field, operator, value }] }.
      t.jsonb('rules');
      t.text('sort').notNullable().defaultTo('manual');
      t.boolean('published').notNullable().defaultTo(true);
      t.text('seo_title');
      t.text('seo_description');
      t.timestamp('created_at', { useTz: true, precision: 3 }).notNullable().defaultTo(db.fn.now());
      t.timestamp('updated_at', { useTz: true, precision: 3 }).notNullable().defaultTo(db.fn.now());
      t.unique(['tenant_id', 'id'], { indexName: 'collections_tenant_id_key' });
      t.unique(['tenant_id', 'handle'], { indexName: 'collections_handle_key' });
    });
    await protectTenantTable(db, 'collections');

    await db.schema.createTable('collection_products', (t) => {
      t.uuid('tenant_id').notNullable();
      t.uuid('collection_id').notNullable();
      t.uuid('product_id').notNullable();
      t.integer('position').notNullable().defaultTo(0);
      t.primary(['tenant_id', 'collection_id', 'product_id']);
      t.foreign(['tenant_id', 'collection_id'])
        .references(['tenant_id', 'id'])
        .inTable('collections')
        .onDelete('CASCADE');
      t.foreign(['tenant_id', 'product_id'])
        .references(['tenant_id', 'id'])
        .inTable('products')
        .onDelete('CASCADE');
    });
    await protectTenantTable(db, 'collection_products');

    // Images: the original is never kept; `widths` lists the resized renditions stored under
    // `<storage_key>-<width>.webp` in object storage.
    await db.schema.createTable('media', (t) => {
      t.uuid('id').primary();
      t.uuid('tenant_id').notNullable().references('tenants.id').onDelete('CASCADE');
      t.uuid('product_id');
      t.text('storage_key').notNullable();
      t.text('source').notNullable().checkIn(['upload', 'url'], 'media_source_check');
      t.text('source_url');
      t.text('content_type').notNullable();
      t.integer('width').notNullable();
      t.integer('height').notNullable();
      t.integer('bytes').notNullable();
      t.specificType('widths', 'integer[]').notNullable();
      t.text('alt').notNullable().defaultTo('');
      t.integer('position').notNullable().defaultTo(0);
      t.timestamp('created_at', { useTz: true, precision: 3 }).notNullable().defaultTo(db.fn.now());
      t.unique(['tenant_id', 'id'], { indexName: 'media_tenant_id_key' });
      t.foreign(['tenant_id', 'product_id'])
        .references(['tenant_id', 'id'])
        .inTable('products')
        .onDelete('CASCADE');
      t.index(['tenant_id', 'product_id', 'position']);
    });
    await protectTenantTable(db, 'media');
  },
  async down(db) {
    for (const table of ['media', 'collection_products', 'collections', 'product_categories']) {
      await db.schema.dropTableIfExists(table);
    }
    await db.raw(`alter table product_variants drop column weight_grams, drop column reserved`);
    await db.raw(`
      alter table products drop column seo_title, drop column seo_description, drop column tags, drop column option_names,
        drop column compare_at_price, drop column search_document, drop column search_indexed_at`);
  },
};
