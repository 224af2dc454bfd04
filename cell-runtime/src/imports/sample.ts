import { currencyMinorUnits, importColumns, type ImportColumn } from '@mpb/contracts';
import { withTenant, type Knex } from '@mpb/db';
import { formatMajorUnits } from './money';
import type { Sheet, SheetCell } from './send-sheet';

type SampleRow = Partial<Record<ImportColumn, string | number>> & {
  price: number;
  compare_at_price?: number;
};

const tshirt = {
  handle: 'classic-t-shirt',
  title: 'Classic T-shirt',
  description: '<p>Soft organic cotton, regular fit.</p>',
  status: 'active',
  compare_at_price: 5990,
  tags: 'shirts, cotton',
  seo_title: 'Classic organic cotton T-shirt',
  seo_description: 'A soft, regular-fit T-shirt in organic cotton.',
};

/**
 * A product with three variants over two options, and one without options. Prices are in
 * minor units here and written in the store's currency, so the sample imports as it is.
 */
const sampleRows: SampleRow[] = [
  {
    ...tshirt,
    price: 4990,
    sku: 'TSHIRT-S-BLK',
    option1_name: 'Size',
    option1_value: 'S',
    option2_name: 'Colour',
    option2_value: 'Black',
    stock: 12,
    weight_grams: 180,
  },
  {
    handle: tshirt.handle,
    price: 4990,
    sku: 'TSHIRT-M-BLK',
    option1_name: 'Size',
    option1_value: 'M',
    option2_name: 'Colour',
    option2_value: 'Black',
    stock: 20,
    weight_grams: 190,
  },
  {
    handle: tshirt.handle,
    price: 5290,
    sku: 'TSHIRT-L-WHT',
    option1_name: 'Size',
    option1_value: 'L',
    option2_name: 'Colour',
    option2_value: 'White',
    stock: 0,
    weight_grams: 200,
  },
  {
    handle: 'stoneware-mug',
    title: 'Stoneware Mug',
    description: '<p>Holds 350 ml. Dishwasher safe.</p>',
    status: 'draft',
    price: 3500,
    tags: 'kitchen',
    sku: 'MUG-350',
    stock: 40,
    weight_grams: 400,
  },
];

/** The sample in the store's currency: text prices for CSV, numbers for XLSX. */
export async function sampleSheet(
  db: Knex,
  tenantId: string,
  options: { pricesAsNumbers: boolean },
): Promise<Sheet> {
  const currency = await withTenant(db, tenantId, (trx) =>
    trx('tenants').first<{ currency: string } | undefined>('currency'),
  );
  const exponent = currencyMinorUnits[currency?.currency as keyof typeof currencyMinorUnits] ?? 2;
  const money = (minor: number): SheetCell =>
    options.pricesAsNumbers ? minor / 10 ** exponent : formatMajorUnits(minor, exponent);
  return {
    name: 'catalog-sample',
    header: importColumns,
    rows: sampleRows.map((row) =>
      importColumns.map((column): SheetCell => {
        if (column === 'price') return money(row.price);
        if (column === 'compare_at_price') {
          return row.compare_at_price === undefined ? '' : money(row.compare_at_price);
        }
        return row[column] ?? '';
      }),
    ),
  };
}
