import { v7 as uuidv7 } from 'uuid';
import type { Knex } from '@mpb/db';
import { sanitizeDescription } from '../catalog/sanitize';
import { recordEvent } from '../events';
import {
  insertProducts,
  insertVariants,
  productsByHandle,
  setOptionNames,
  updateProduct,
  updateVariants,
  variantsBySku,
  type ExistingProduct,
  type ExistingVariant,
  type NewProduct,
  type NewVariant,
  type ProductChanges,
  type VariantChanges,
} from './catalog-store';
import type { ParsedRow, ProductCells, RowProblem } from './parse-row';

/** The same ceiling the catalog API puts on a product's variants. */
const maxVariantsPerProduct = 100;

/** A product this import has written, by handle: later rows of the handle add to it. */
interface TouchedProduct {
  id: string;
  variantCount: number;
  nextPosition: number;
  optionNames: string[];
  optionNamesChanged: boolean;
}

/** What an import carries from batch to batch. */
export interface ImportProgress {
  tenantId: string;
  products: Map<string, TouchedProduct>;
  created: number;
  updated: number;
}

export interface FailedRow {
  number: number;
  sku: string | null;
  problems: RowProblem[];
}

/** The writes one batch decided on, run together once every row is checked. */
interface BatchWrites {
  newProducts: NewProduct[];
  productChanges: { id: string; changes: ProductChanges }[];
  newVariants: NewVariant[];
  variantChanges: VariantChanges[];
  events: { type: 'ProductCreated' | 'ProductUpdated'; productId: string; handle: string }[];
}

/**
 * Upserts a batch of valid rows by SKU: one lookup of the SKUs and handles, the checks that
 * need the database, then one write per kind. A product's fields come from the first row of
 * its handle that gets this far. Returns the rows refused by those checks.
 */
export async function applyBatch(
  trx: Knex.Transaction,
  progress: ImportProgress,
  rows: ParsedRow[],
): Promise<FailedRow[]> {
  if (rows.length === 0) return [];
  const variants = await variantsBySku(trx, [...new Set(rows.map((row) => row.sku))]);
  const unseen = rows.map((row) => row.handle).filter((handle) => !progress.products.has(handle));
  const existing = await productsByHandle(trx, [...new Set(unseen)]);
  const writes: BatchWrites = {
    newProducts: [],
    productChanges: [],
    newVariants: [],
    variantChanges: [],
    events: [],
  };
  const failed: FailedRow[] = [];
  for (const row of rows) {
    const variant = variants.get(row.sku);
    const problems = checkRow(row, variant, progress.products.get(row.handle), existing);
    if (problems.length > 0) {
      failed.push({ number: row.number, sku: row.sku, problems });
      continue;
    }
    const product =
      progress.products.get(row.handle) ?? startProduct(progress, writes, row, existing);
    planVariant(progress, writes, product, row, variant);
  }
  await write(trx, progress, writes);
  return failed;
}

function checkRow(
  row: ParsedRow,
  variant: ExistingVariant | undefined,
  touched: TouchedProduct | undefined,
  existing: Map<string, ExistingProduct>,
): RowProblem[] {
  const problems: RowProblem[] = [];
  if (variant && variant.handle !== row.handle) {
    problems.push({
      field: 'handle',
      message: `SKU ${row.sku} belongs to the product "${variant.handle}"; an import does not move variants between products`,
    });
  }
  const stored = existing.get(row.handle);
  if (!touched && !stored) {
    if (row.product.title === undefined) {
      problems.push({ field: 'title', message: 'is required for a new product' });
    }
    if (row.product.status === undefined) {
      problems.push({ field: 'status', message: 'is required for a new product' });
    }
  }
  if (variant && row.stock < variant.reserved) {
    problems.push({
      field: 'stock',
      message: `must be at least ${variant.reserved}: units held by checkouts in progress`,
    });
  }
  const count = touched?.variantCount ?? stored?.variantCount ?? 0;
  if (!variant && count >= maxVariantsPerProduct) {
    problems.push({
      field: 'sku',
      message: `would be one variant too many: a product has at most ${maxVariantsPerProduct}`,
    });
  }
  return problems;
}

/** The first valid row of a handle: creates the product, or updates the stored one. */
function startProduct(
  progress: ImportProgress,
  writes: BatchWrites,
  row: ParsedRow,
  existing: Map<string, ExistingProduct>,
): TouchedProduct {
  const stored = existing.get(row.handle);
  const changes = productChanges(row.product, row.price);
  let product: TouchedProduct;
  if (stored) {
    writes.productChanges.push({ id: stored.id, changes });
    writes.events.push({ type: 'ProductUpdated', productId: stored.id, handle: row.handle });
    product = {
      id: stored.id,
      variantCount: stored.variantCount,
      nextPosition: stored.maxPosition + 1,
      optionNames: [...stored.optionNames],
      optionNamesChanged: false,
    };
  } else {
    const id = uuidv7();
    writes.newProducts.push({
      id,
      tenant_id: progress.tenantId,
      handle: row.handle,
      // checkRow made sure a new product's row has both.
      title: changes.title ?? '',
      status: changes.status ?? 'draft',
      description: changes.description ?? '',
      price: row.price,
      compare_at_price: changes.compare_at_price ?? null,
      tags: changes.tags ?? [],
      seo_title: changes.seo_title ?? null,
      seo_description: changes.seo_description ?? null,
    });
    writes.events.push({ type: 'ProductCreated', productId: id, handle: row.handle });
    product = { id, variantCount: 0, nextPosition: 0, optionNames: [], optionNamesChanged: false };
  }
  progress.products.set(row.handle, product);
  return product;
}

/** Only what the row gives: a column left out of the file leaves the field as it is. */
function productChanges(cells: ProductCells, price: number): ProductChanges {
  const changes: ProductChanges = { price };
  if (cells.title !== undefined) changes.title = cells.title;
  if (cells.status !== undefined) changes.status = cells.status;
  if (cells.description !== undefined) {
    // The same sanitising as the catalog API: descriptions are shown to shoppers as HTML.
    changes.description = sanitizeDescription(cells.description);
  }
  if (cells.compareAtPrice !== undefined) changes.compare_at_price = cells.compareAtPrice;
  if (cells.tags !== undefined) changes.tags = cells.tags;
  if (cells.seoTitle !== undefined) changes.seo_title = cells.seoTitle;
  if (cells.seoDescription !== undefined) changes.seo_description = cells.seoDescription;
  return changes;
}

function planVariant(
  progress: ImportProgress,
  writes: BatchWrites,
  product: TouchedProduct,
  row: ParsedRow,
  variant: ExistingVariant | undefined,
): void {
  const options = row.options ? Object.fromEntries(row.options) : undefined;
  for (const [name] of row.options ?? []) {
    if (!product.optionNames.includes(name)) {
      product.optionNames.push(name);
      product.optionNamesChanged = true;
    }
  }
  if (variant) {
    writes.variantChanges.push({
      id: variant.id,
      price: row.price,
      stock: row.stock,
      options: options ?? null,
      weight_grams: row.weightGrams ?? null,
    });
    progress.updated++;
    return;
  }
  writes.newVariants.push({
    id: uuidv7(),
    tenant_id: progress.tenantId,
    product_id: product.id,
    sku: row.sku,
    price: row.price,
    stock: row.stock,
    options: options ?? {},
    weight_grams: row.weightGrams ?? 0,
    position: product.nextPosition++,
  });
  product.variantCount++;
  progress.created++;
}

async function write(
  trx: Knex.Transaction,
  progress: ImportProgress,
  writes: BatchWrites,
): Promise<void> {
  await insertProducts(trx, writes.newProducts);
  for (const { id, changes } of writes.productChanges) await updateProduct(trx, id, changes);
  await insertVariants(trx, writes.newVariants);
  await updateVariants(trx, writes.variantChanges);
  for (const product of progress.products.values()) {
    if (!product.optionNamesChanged) continue;
    await setOptionNames(trx, product.id, product.optionNames);
    product.optionNamesChanged = false;
  }
  for (const event of writes.events) {
    await recordEvent(trx, {
      tenantId: progress.tenantId,
      type: event.type,
      aggregateType: 'product',
      aggregateId: event.productId,
      payload: { productId: event.productId, handle: event.handle },
    });
  }
}
