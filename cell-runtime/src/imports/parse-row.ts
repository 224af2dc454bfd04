import type { z } from 'zod';
import {
  createProductBodySchema,
  handleSchema,
  moneySchema,
  productStatusSchema,
  skuSchema,
  stockSchema,
  tagsSchema,
  variantOptionsSchema,
  weightSchema,
  type ImportColumn,
} from '@mpb/contracts';
import type { RowValues } from './columns';
import { parseMajorUnits, parseWholeNumber, type Parsed } from './money';

type ProductStatus = z.output<typeof productStatusSchema>;

/**
 * Product fields as one row gives them. `undefined` means "not given": the column is absent
 * (or, for title and status, blank), so an existing product keeps its value.
 */
export interface ProductCells {
  title?: string;
  status?: ProductStatus;
  description?: string;
  compareAtPrice?: number | null;
  tags?: string[];
  seoTitle?: string | null;
  seoDescription?: string | null;
}

export interface ParsedRow {
  number: number;
  handle: string;
  sku: string;
  price: number;
  stock: number;
  /** Absent when the file has no weight_grams column. */
  weightGrams?: number;
  /** Option name to value, names in column order; absent when the file has no option columns. */
  options?: [string, string][];
  product: ProductCells;
}

export interface RowProblem {
  field: ImportColumn | null;
  message: string;
}

export type RowResult =
  { ok: true; row: ParsedRow } | { ok: false; sku: string | null; problems: RowProblem[] };

const productShape = createProductBodySchema.shape;
const optionColumns = [
  ['option1_name', 'option1_value'],
  ['option2_name', 'option2_value'],
  ['option3_name', 'option3_value'],
] as const;

const isBlank = (value: string | undefined) => value === undefined || value.trim() === '';

/** zod's messages, phrased like the rest of the API's ("must be at most 40 characters"). */
function messageOf(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'is invalid';
  if (issue.code === 'too_big' && issue.origin === 'string') {
    return `must be at most ${String(issue.maximum)} characters`;
  }
  if (issue.code === 'too_small' && issue.origin === 'string') return 'must not be empty';
  return issue.message;
}

/**
 * Validates one data row with the catalog API's own schemas. Every problem of the row is
 * reported, each naming its column, so the merchant fixes the row in one go.
 */
export function parseRow(number: number, values: RowValues, currencyExponent: number): RowResult {
  const problems: RowProblem[] = [];
  const check = <T>(field: ImportColumn, schema: z.ZodType<T>, input: unknown): T | undefined => {
    const result = schema.safeParse(input);
    if (result.success) return result.data;
    problems.push({ field, message: messageOf(result.error) });
    return undefined;
  };
  const convert = <T>(field: ImportColumn, parsed: Parsed<T>): T | undefined => {
    if (parsed.ok) return parsed.value;
    problems.push({ field, message: parsed.message });
    return undefined;
  };
  const required = (field: ImportColumn): string | undefined => {
    const value = values[field];
    if (isBlank(value)) {
      problems.push({ field, message: 'is required' });
      return undefined;
    }
    return value;
  };
  const money = (field: ImportColumn, text: string) => {
    const minor = convert(field, parseMajorUnits(text, currencyExponent));
    return minor === undefined ? undefined : check(field, moneySchema, minor);
  };
  const whole = (field: ImportColumn, text: string, schema: z.ZodType<number>) => {
    const parsed = convert(field, parseWholeNumber(text));
    return parsed === undefined ? undefined : check(field, schema, parsed);
  };

  const handleText = required('handle');
  const handle = handleText === undefined ? undefined : check('handle', handleSchema, handleText);
  const skuText = required('sku');
  const sku = skuText === undefined ? undefined : check('sku', skuSchema, skuText);
  const priceText = required('price');
  const price = priceText === undefined ? undefined : money('price', priceText);
  const stockText = required('stock');
  const stock = stockText === undefined ? undefined : whole('stock', stockText, stockSchema);
  const weightText = values.weight_grams;
  const weightGrams =
    weightText === undefined
      ? undefined
      : isBlank(weightText)
        ? 0
        : whole('weight_grams', weightText, weightSchema);
  const options = readOptions(values, problems);
  const product = readProductCells(values, problems, check, money);

  if (
    problems.length > 0 ||
    handle === undefined ||
    sku === undefined ||
    price === undefined ||
    stock === undefined
  ) {
    return { ok: false, sku: skuText?.trim().slice(0, 100) ?? null, problems };
  }
  const row: ParsedRow = { number, handle, sku, price, stock, product };
  if (weightGrams !== undefined) row.weightGrams = weightGrams;
  if (options !== undefined) row.options = options;
  return { ok: true, row };
}

function readOptions(values: RowValues, problems: RowProblem[]): [string, string][] | undefined {
  if (
    optionColumns.every(
      ([name, value]) => values[name] === undefined && values[value] === undefined,
    )
  ) {
    return undefined;
  }
  const options: [string, string][] = [];
  for (const [nameColumn, valueColumn] of optionColumns) {
    const name = values[nameColumn]?.trim() ?? '';
    const value = values[valueColumn]?.trim() ?? '';
    if (name === '' && value === '') continue;
    if (name === '') {
      problems.push({ field: nameColumn, message: `is required when ${valueColumn} is set` });
      continue;
    }
    if (value === '') {
      problems.push({ field: valueColumn, message: `is required when ${nameColumn} is set` });
      continue;
    }
    const nameCheck = variantOptionsSchema.keyType.safeParse(name);
    const valueCheck = variantOptionsSchema.valueType.safeParse(value);
    if (!nameCheck.success)
      problems.push({ field: nameColumn, message: messageOf(nameCheck.error) });
    if (!valueCheck.success) {
      problems.push({ field: valueColumn, message: messageOf(valueCheck.error) });
    }
    if (options.some(([existing]) => existing.toLowerCase() === name.toLowerCase())) {
      problems.push({ field: nameColumn, message: `repeats the option "${name}"` });
      continue;
    }
    options.push([name, value]);
  }
  return options;
}

function readProductCells(
  values: RowValues,
  problems: RowProblem[],
  check: <T>(field: ImportColumn, schema: z.ZodType<T>, input: unknown) => T | undefined,
  money: (field: ImportColumn, text: string) => number | undefined,
): ProductCells {
  const cells: ProductCells = {};
  const text = (column: ImportColumn) => values[column];
  const title = text('title');
  if (!isBlank(title)) cells.title = check('title', productShape.title, title);
  const status = text('status');
  if (!isBlank(status)) {
    const parsed = productStatusSchema.safeParse(status?.trim().toLowerCase());
    if (parsed.success) cells.status = parsed.data;
    else problems.push({ field: 'status', message: 'must be one of draft, active, archived' });
  }
  const description = text('description');
  if (description !== undefined) {
    cells.description = check('description', productShape.description, description) ?? '';
  }
  const compareAt = text('compare_at_price');
  if (compareAt !== undefined) {
    cells.compareAtPrice = isBlank(compareAt) ? null : money('compare_at_price', compareAt);
  }
  const tags = text('tags');
  if (tags !== undefined) {
    const list = tags.split(',').filter((tag) => tag.trim() !== '');
    cells.tags = check('tags', tagsSchema, list) ?? [];
  }
  const seoTitle = text('seo_title');
  if (seoTitle !== undefined) {
    cells.seoTitle = isBlank(seoTitle) ? null : check('seo_title', productShape.seoTitle, seoTitle);
  }
  const seoDescription = text('seo_description');
  if (seoDescription !== undefined) {
    cells.seoDescription = isBlank(seoDescription)
      ? null
      : check('seo_description', productShape.seoDescription, seoDescription);
  }
  return cells;
}
