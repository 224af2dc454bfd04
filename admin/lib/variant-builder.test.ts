import { skuSchema } from '@mpb/contracts';
import { buildVariants, splitOptionValues } from './variant-builder';

describe('splitOptionValues', () => {
  it('splits on commas or semicolons, trims and drops repeats and blanks', () => {
    expect(splitOptionValues(' S, M ;L,, m ,')).toEqual(['S', 'M', 'L']);
    expect(splitOptionValues('')).toEqual([]);
  });
});

describe('buildVariants', () => {
  it('makes one variant per value with valid, distinct SKUs and the same stock', () => {
    const variants = buildVariants({
      title: 'Camiseta Básica',
      optionName: ' Tamanho ',
      values: ['P', 'M', 'G'],
      stock: 4,
    });
    expect(variants).toEqual([
      { sku: 'CAMISETA-BASICA-P', stock: 4, options: { Tamanho: 'P' } },
      { sku: 'CAMISETA-BASICA-M', stock: 4, options: { Tamanho: 'M' } },
      { sku: 'CAMISETA-BASICA-G', stock: 4, options: { Tamanho: 'G' } },
    ]);
    for (const variant of variants) expect(skuSchema.safeParse(variant.sku).success).toBe(true);
  });

  it('keeps SKUs distinct and valid for values that read alike or have no letters', () => {
    const variants = buildVariants({
      title: '!!!',
      optionName: 'Cor',
      values: ['Azul claro', 'azul-claro', '★'],
      stock: 1,
    });
    const skus = variants.map((variant) => variant.sku);
    expect(new Set(skus).size).toBe(3);
    expect(skus[0]).toBe('ITEM-AZUL-CLARO');
    for (const sku of skus) expect(skuSchema.safeParse(sku).success).toBe(true);
  });

  it('fits the 64 characters of a SKU with a long title', () => {
    const [variant] = buildVariants({
      title: 'x'.repeat(200),
      optionName: 'Size',
      values: ['y'.repeat(100)],
      stock: 0,
    });
    expect(variant?.sku.length).toBeLessThanOrEqual(64);
    expect(skuSchema.safeParse(variant?.sku).success).toBe(true);
  });
});
