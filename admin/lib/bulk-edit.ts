import {
  bulkUpdateProductsBodySchema,
  productStatuses,
  stockSchema,
  type BulkUpdateProductsBody,
  type Product,
} from '@mpb/contracts';
import { parseMoney, type MoneyParseResult } from './money';
import { minorToInput } from './money-input';

export type BulkField = 'price' | 'stock' | 'status';

/** What the merchant typed in one row of the grid, as typed; absent: untouched. */
export type RowEdit = Partial<Record<BulkField, string>>;

/** Why a cell was refused before sending; the grid turns it into a translated message. */
export type CellProblem =
  | { kind: 'money'; failure: Extract<MoneyParseResult, { ok: false }> }
  | { kind: 'stock' }
  | { kind: 'status' }
  | { kind: 'server'; message: string };

export type GridProblems = Record<string, Partial<Record<BulkField | 'row', CellProblem>>>;

/** A product's values as the grid shows them in its inputs. */
export function rowValues(product: Product, locale: string): Record<BulkField, string> {
  return {
    price: minorToInput(product.price, product.currency, locale),
    stock: String(product.stock),
    status: product.status,
  };
}

/**
 * The bulk request for the rows the merchant changed: only cells that differ from the product
 * are sent, so saving twice sends nothing the second time. Cells that cannot be sent (a price
 * that is not a number, stock of a product with several variants) are problems instead.
 */
export function buildBulkChanges(
  products: readonly Product[],
  edits: Readonly<Record<string, RowEdit>>,
  locale: string,
): { body: BulkUpdateProductsBody | null; problems: GridProblems } {
  const items: BulkUpdateProductsBody['items'] = [];
  const problems: GridProblems = {};
  for (const product of products) {
    const edit = edits[product.id];
    if (!edit) continue;
    const shown = rowValues(product, locale);
    const change: BulkUpdateProductsBody['items'][number] = { id: product.id };
    const rowProblems: GridProblems[string] = {};

    if (edit.price !== undefined && edit.price.trim() !== shown.price) {
      const money = parseMoney(edit.price, product.currency);
      if (!money.ok) rowProblems.price = { kind: 'money', failure: money };
      else if (money.minor !== product.price) change.price = money.minor;
    }
    if (edit.stock !== undefined && edit.stock.trim() !== shown.stock) {
      const stock = stockSchema.safeParse(
        edit.stock.trim() === '' ? Number.NaN : Number(edit.stock),
      );
      if (!stock.success || product.variants.length !== 1) rowProblems.stock = { kind: 'stock' };
      else change.stock = stock.data;
    }
    if (edit.status !== undefined && edit.status !== product.status) {
      const status = productStatuses.find((value) => value === edit.status);
      if (!status) rowProblems.status = { kind: 'status' };
      else change.status = status;
    }

    if (Object.keys(rowProblems).length > 0) problems[product.id] = rowProblems;
    else if (Object.keys(change).length > 1) items.push(change);
  }
  if (Object.keys(problems).length > 0 || items.length === 0) return { body: null, problems };
  // The contract's own schema has the last word (limits, repeated ids) before anything is sent.
  const parsed = bulkUpdateProductsBodySchema.safeParse({ items });
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) fields[issue.path.join('.')] ??= issue.message;
    return { body: null, problems: problemsFromFields(fields, items) };
  }
  return { body: parsed.data, problems };
}

/**
 * The server's field errors (`items.3.stock`, `items.3`, `items`) put back on the rows they are
 * about: item 3 of the request is the row of the product it named.
 */
export function problemsFromFields(
  fields: Readonly<Record<string, string>>,
  items: readonly { id: string }[],
): GridProblems {
  const problems: GridProblems = {};
  for (const [path, message] of Object.entries(fields)) {
    const [, index, field] = /^items\.(\d+)(?:\.(\w+))?/.exec(path) ?? [];
    const id = index === undefined ? undefined : items[Number(index)]?.id;
    if (!id) continue;
    const cell: BulkField | 'row' =
      field === 'price' || field === 'stock' || field === 'status' ? field : 'row';
    problems[id] = { ...problems[id], [cell]: { kind: 'server', message } };
  }
  return problems;
}

/** Server field errors that are about no row in particular (`items`: too many, none). */
export function strayFieldMessages(fields: Readonly<Record<string, string>>): string[] {
  return Object.entries(fields)
    .filter(([path]) => !/^items\.\d+/.test(path))
    .map(([path, message]) => `${path}: ${message}`);
}
