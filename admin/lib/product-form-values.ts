import type { z } from 'zod';
import {
  createProductBodySchema,
  updateProductBodySchema,
  type CreateProductBody,
  type Product,
  type UpdateProductBody,
} from '@mpb/contracts';
import { parseMoney, type MoneyParseResult } from './money';
import { minorToInput } from './money-input';
import { blankToNull } from './blank-to-null';

/** The product form's fields as typed (strings), plus the chosen categories. */
export interface ProductFormValues {
  title: string;
  handle: string;
  description: string;
  status: string;
  price: string;
  compareAtPrice: string;
  tags: string;
  seoTitle: string;
  seoDescription: string;
  /** Only when creating: the stock of the product's single variant. */
  stock: string;
  categoryIds: string[];
}

export function productFormValues(product: Product | null, locale: string): ProductFormValues {
  if (!product) {
    return {
      title: '',
      handle: '',
      description: '',
      status: 'active',
      price: '',
      compareAtPrice: '',
      tags: '',
      seoTitle: '',
      seoDescription: '',
      stock: '0',
      categoryIds: [],
    };
  }
  return {
    title: product.title,
    handle: product.handle,
    description: product.description,
    status: product.status,
    price: minorToInput(product.price, product.currency, locale),
    compareAtPrice:
      product.compareAtPrice === null
        ? ''
        : minorToInput(product.compareAtPrice, product.currency, locale),
    tags: product.tags.join(', '),
    seoTitle: product.seoTitle ?? '',
    seoDescription: product.seoDescription ?? '',
    stock: String(product.stock),
    categoryIds: product.categoryIds,
  };
}

type MoneyFailure = Extract<MoneyParseResult, { ok: false }>;

export type ProductBodyResult<T> =
  | { ok: true; body: T }
  | {
      ok: false;
      /** Prices that are not amounts, checked before the schema. */
      money: Partial<Record<'price' | 'compareAtPrice', MoneyFailure>>;
      issues: z.ZodError | null;
    };

/** The typed fields as the API's body, checked by the same schema as the server's. */
export function productBody(
  values: ProductFormValues,
  currency: string,
  mode: 'create',
): ProductBodyResult<CreateProductBody>;
export function productBody(
  values: ProductFormValues,
  currency: string,
  mode: 'update',
): ProductBodyResult<UpdateProductBody>;
export function productBody(
  values: ProductFormValues,
  currency: string,
  mode: 'create' | 'update',
): ProductBodyResult<CreateProductBody | UpdateProductBody> {
  const money: Partial<Record<'price' | 'compareAtPrice', MoneyFailure>> = {};
  const price = parseMoney(values.price, currency);
  if (!price.ok) money.price = price;
  let compareAtPrice: number | null = null;
  if (values.compareAtPrice.trim() !== '') {
    const parsed = parseMoney(values.compareAtPrice, currency);
    if (parsed.ok) compareAtPrice = parsed.minor;
    else money.compareAtPrice = parsed;
  }
  const common = {
    title: values.title,
    description: values.description,
    status: values.status,
    price: price.ok ? price.minor : 0,
    compareAtPrice,
    tags: values.tags
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
    seoTitle: blankToNull(values.seoTitle),
    seoDescription: blankToNull(values.seoDescription),
    categoryIds: values.categoryIds,
    ...(values.handle.trim() ? { handle: values.handle } : {}),
  };
  const parsed =
    mode === 'create'
      ? createProductBodySchema.safeParse({
          ...common,
          stock: values.stock.trim() === '' ? Number.NaN : Number(values.stock),
        })
      : updateProductBodySchema.safeParse(common);
  if (!parsed.success || Object.keys(money).length > 0) {
    return { ok: false, money, issues: parsed.success ? null : parsed.error };
  }
  return { ok: true, body: parsed.data };
}
