import { toHandle } from '@mpb/contracts';

export interface VariantDraft {
  sku: string;
  stock: number;
  options: Record<string, string>;
}

/** "S, M, L" or "S; M; L" as a list of distinct, trimmed values, in the order typed. */
export function splitOptionValues(text: string): string[] {
  const seen = new Set<string>();
  const values: string[] = [];
  for (const raw of text.split(/[,;]/)) {
    const value = raw.trim();
    const key = value.toLowerCase();
    if (value === '' || seen.has(key)) continue;
    seen.add(key);
    values.push(value);
  }
  return values;
}

/** A SKU-safe fragment: letters, digits and hyphens, upper case ("Azul claro" → "AZUL-CLARO"). */
function skuPart(text: string, maxLength: number): string {
  return toHandle(text, maxLength).toUpperCase();
}

/**
 * One variant per value of a single option (size, colour...), each with the same stock, and a
 * SKU made from the title and the value so the merchant need not invent one. SKUs fit the
 * contract's 64 characters and stay distinct even when two values read alike ("M" and "m.").
 */
export function buildVariants(input: {
  title: string;
  optionName: string;
  values: readonly string[];
  stock: number;
}): VariantDraft[] {
  const base = skuPart(input.title, 40) || 'ITEM';
  const used = new Set<string>();
  return input.values.map((value, index) => {
    let sku = `${base}-${skuPart(value, 20) || String(index + 1)}`;
    if (used.has(sku)) sku = `${sku}-${index + 1}`;
    used.add(sku);
    return { sku, stock: input.stock, options: { [input.optionName.trim()]: value } };
  });
}
