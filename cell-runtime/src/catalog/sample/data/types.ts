import type { Language } from '@mpb/contracts';

/** A text in each language a store may use. */
export type Text = Record<Language, string>;

export const t = (ptBR: string, en: string, es: string): Text => ({ 'pt-BR': ptBR, en, es });

/** One option axis of a sample product; each value may cost more than the product's price. */
export interface SampleAxis {
  name: Text;
  values: { label: Text; extraUsdCents?: number }[];
}

/**
 * A product of a niche's sample catalog. Prices are written once, in US cents, and converted to
 * the store's currency when loaded (see sample-prices.ts).
 */
export interface SampleProduct {
  /** Stable within the niche: loading twice finds the product by `<niche>/<key>`. */
  key: string;
  title: Text;
  /** Plain text; each line becomes a paragraph. */
  description: Text;
  usdCents: number;
  /** The "was" price, for one or two products per niche, so the storefront shows a promotion. */
  compareAtUsdCents?: number;
  weightGrams: number;
  axis?: SampleAxis;
}

export const clothingSizes: SampleAxis = {
  name: t('Tamanho', 'Size', 'Talla'),
  values: [
    { label: t('P', 'S', 'S') },
    { label: t('M', 'M', 'M') },
    { label: t('G', 'L', 'L') },
    { label: t('GG', 'XL', 'XL'), extraUsdCents: 200 },
  ],
};

export const colours = (...names: Text[]): SampleAxis => ({
  name: t('Cor', 'Colour', 'Color'),
  values: names.map((label) => ({ label })),
});

export const black = t('Preto', 'Black', 'Negro');
export const white = t('Branco', 'White', 'Blanco');
export const blue = t('Azul', 'Blue', 'Azul');
export const green = t('Verde', 'Green', 'Verde');
export const red = t('Vermelho', 'Red', 'Rojo');
export const beige = t('Bege', 'Beige', 'Beige');
export const grey = t('Cinza', 'Grey', 'Gris');
export const pink = t('Rosa', 'Pink', 'Rosa');
