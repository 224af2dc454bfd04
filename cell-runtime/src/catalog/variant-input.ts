import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type { variantInputSchema } from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { skusInUse, type NewVariant } from './repository';

type VariantInput = z.output<typeof variantInputSchema>;

/** A variant as given by the client; the implicit default variant has no SKU. */
export interface VariantDraft {
  id?: string;
  sku?: string;
  price?: number;
  stock: number;
  weightGrams?: number;
  options: Record<string, string>;
}

export function toNewVariants(inputs: VariantDraft[]): NewVariant[] {
  return inputs.map((input, position) => ({
    id: input.id ?? uuidv7(),
    sku: input.sku ?? null,
    price: input.price ?? null,
    stock: input.stock,
    weight_grams: input.weightGrams ?? 0,
    options: input.options,
    position,
  }));
}

/** 409 naming the exact variant whose SKU another product of the store already uses. */
export async function assertSkusFree(
  trx: Knex.Transaction,
  inputs: VariantInput[],
  productId?: string,
): Promise<void> {
  const used = await skusInUse(
    trx,
    inputs.map((input) => input.sku),
    productId,
  );
  const fields: Record<string, string> = {};
  inputs.forEach((input, index) => {
    if (used.has(input.sku)) fields[`variants.${index}.sku`] = 'is already used by another product';
  });
  if (Object.keys(fields).length > 0) {
    throw new AppError('SKU_TAKEN', 'A SKU is already used in this store', { fields });
  }
}

export const skuTakenError = () =>
  new AppError('SKU_TAKEN', 'A SKU is already used in this store', {
    fields: { variants: 'a SKU is already used' },
  });

export const handleTakenError = () =>
  new AppError('HANDLE_TAKEN', 'Another product already uses this handle', {
    fields: { handle: 'is already used by another product' },
  });
