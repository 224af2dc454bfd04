import { currencyMinorUnits, importColumns } from '@mpb/contracts';
import { withTenant, type Knex } from '@mpb/db';
import { formatMajorUnits } from './money';
import type { Sheet, SheetCell } from './send-sheet';

interface ExportProduct {
  id: string;
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
  created_at: Date;
}

interface ExportVariant {
  product_id: string;
  sku: string | null;
  price: number | null;
  stock: number;
  weight_grams: number;
  options: Record<string, string>;
}

/** Products per page; each page is read in its own short transaction. */
const pageSize = 200;

/**
 * The store's catalog in the import format, one row per variant, oldest product first. Pages
 * are read in separate transactions so a slow download never holds a connection; a product
 * created meanwhile appears at the end. Prices are text for CSV and numbers for XLSX.
 */
export function catalogSheet(
  db: Knex,
  tenantId: string,
  options: { pricesAsNumbers: boolean },
): Sheet {
  return {
    name: 'products',
    header: importColumns,
    rows: catalogRows(db, tenantId, options.pricesAsNumbers),
  };
}

async function* catalogRows(
  db: Knex,
  tenantId: string,
  pricesAsNumbers: boolean,
): AsyncGenerator<SheetCell[]> {
  let after: { createdAt: Date; id: string } | undefined;
  for (;;) {
    const page = await withTenant(db, tenantId, (trx) => readPage(trx, after));
    const money = (minor: number): SheetCell =>
      pricesAsNumbers ? minor / 10 ** page.exponent : formatMajorUnits(minor, page.exponent);
    for (const product of page.products) {
      const variants = page.variants.get(product.id) ?? [];
      for (const variant of variants.length > 0 ? variants : [undefined]) {
        yield toRow(product, variant, money);
      }
    }
    const last = page.products[page.products.length - 1];
    if (!last || page.products.length < pageSize) return;
    after = { createdAt: last.created_at, id: last.id };
  }
}

async function readPage(
  trx: Knex.Transaction,
  after: { createdAt: Date; id: string } | undefined,
): Promise<{
  exponent: number;
  products: ExportProduct[];
  variants: Map<string, ExportVariant[]>;
}> {
  const store = await trx('tenants').first<{ currency: string } | undefined>('currency');
  const exponent = currencyMinorUnits[store?.currency as keyof typeof currencyMinorUnits] ?? 2;
  const query = trx<ExportProduct>('products')
    .orderBy([{ column: 'created_at' }, { column: 'id' }])
    .limit(pageSize)
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
      'created_at',
    );
  if (after) {
    void query.whereRaw('(created_at, id) > (?::timestamptz, ?::uuid)', [
      after.createdAt.toISOString(),
      after.id,
    ]);
  }
  const products = await query;
  const rows = await trx<ExportVariant>('product_variants')
    .whereIn(
      'product_id',
      products.map((product) => product.id),
    )
    .orderBy([{ column: 'position' }, { column: 'id' }])
    .select('product_id', 'sku', 'price', 'stock', 'weight_grams', 'options');
  const variants = new Map<string, ExportVariant[]>();
  for (const row of rows)
    variants.set(row.product_id, [...(variants.get(row.product_id) ?? []), row]);
  return { exponent, products, variants };
}

function toRow(
  product: ExportProduct,
  variant: ExportVariant | undefined,
  money: (minor: number) => SheetCell,
): SheetCell[] {
  const options = orderedOptions(product.option_names, variant?.options ?? {});
  const cells: Record<(typeof importColumns)[number], SheetCell> = {
    handle: product.handle,
    title: product.title,
    description: product.description,
    status: product.status,
    price: money(variant?.price ?? product.price),
    compare_at_price: product.compare_at_price === null ? '' : money(product.compare_at_price),
    tags: product.tags.join(', '),
    sku: variant?.sku ?? '',
    option1_name: options[0]?.[0] ?? '',
    option1_value: options[0]?.[1] ?? '',
    option2_name: options[1]?.[0] ?? '',
    option2_value: options[1]?.[1] ?? '',
    option3_name: options[2]?.[0] ?? '',
    option3_value: options[2]?.[1] ?? '',
    stock: variant?.stock ?? '',
    weight_grams: variant?.weight_grams ?? '',
    seo_title: product.seo_title ?? '',
    seo_description: product.seo_description ?? '',
  };
  return importColumns.map((column) => cells[column]);
}

/** The product's axes in the merchant's order first (jsonb does not keep key order). */
function orderedOptions(names: string[], options: Record<string, string>): [string, string][] {
  const ordered = names
    .filter((name) => name in options)
    .map((name): [string, string] => [name, options[name] ?? '']);
  for (const [name, value] of Object.entries(options)) {
    if (!names.includes(name)) ordered.push([name, value]);
  }
  return ordered;
}
