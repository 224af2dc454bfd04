import type { Express } from 'express';
import request from 'supertest';
import { parse } from 'csv-parse/sync';
import { withTenant } from '@mpb/db';
import type { CellHarness, TestStore } from '../../test/cell-harness';

export const as = (store: TestStore, token = store.ownerToken) => ({
  host: store.host,
  authorization: `Bearer ${token}`,
});

/** POST /admin/imports with `content` as the multipart field `file`. */
export function upload(
  app: Express,
  store: TestStore,
  content: string | Buffer,
  filename = 'catalog.csv',
  token = store.ownerToken,
) {
  return request(app)
    .post('/api/v1/admin/imports')
    .set(as(store, token))
    .attach('file', Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'), filename);
}

/** GET a download, collected as a Buffer whatever its content type. */
export function download(app: Express, store: TestStore, path: string, token = store.ownerToken) {
  return request(app)
    .get(path)
    .set(as(store, token))
    .buffer(true)
    .parse((res, callback) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => callback(null, Buffer.concat(chunks)));
    });
}

export function parseCsv(body: Buffer): string[][] {
  const rows: string[][] = parse(body, { bom: true });
  return rows;
}

export interface CatalogSnapshot {
  handle: string;
  title: string;
  description: string;
  status: string;
  price: number;
  compare_at_price: number | null;
  tags: string[];
  option_names: string[];
  seo_title: string | null;
  seo_description: string | null;
  variants: {
    sku: string | null;
    price: number | null;
    stock: number;
    weight_grams: number;
    options: Record<string, string>;
    position: number;
  }[];
}

/** What a merchant would compare: every product and variant field, by handle and position. */
export async function catalogOf(cell: CellHarness, store: TestStore): Promise<CatalogSnapshot[]> {
  return withTenant(cell.database.app, store.tenantId, async (trx) => {
    const products = await trx('products')
      .orderBy('handle')
      .select(
        'id',
        'handle',
        'title',
        'description',
        'status',
        'price',
        'compare_at_price',
        'tags',
        'option_names',
        'seo_title',
        'seo_description',
      );
    const variants = await trx('product_variants')
      .orderBy(['product_id', 'position'])
      .select('product_id', 'sku', 'price', 'stock', 'weight_grams', 'options', 'position');
    return products.map(
      ({ id, ...product }: { id: string } & Omit<CatalogSnapshot, 'variants'>) => ({
        ...product,
        variants: variants
          .filter((variant: { product_id: string }) => variant.product_id === id)
          .map(({ product_id: _productId, ...variant }: { product_id: string }) => variant),
      }),
    ) as CatalogSnapshot[];
  });
}

export async function countRows(
  cell: CellHarness,
  store: TestStore,
): Promise<{ products: number; variants: number; imports: number }> {
  return withTenant(cell.database.app, store.tenantId, async (trx) => {
    const count = async (table: string) =>
      Number(((await trx(table).count({ n: '*' }).first()) as { n: string | number }).n);
    return {
      products: await count('products'),
      variants: await count('product_variants'),
      imports: await count('imports'),
    };
  });
}
