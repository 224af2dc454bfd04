import type { niches } from '@mpb/contracts';
import { beauty, fashion, health } from './apparel-and-care';
import { food, other, services } from './everyday';
import { art, electronics, home } from './home-and-tech';
import { books, pets, sports, toys } from './leisure';
import type { SampleProduct } from './types';

export type { SampleProduct, Text } from './types';

/** Six products per niche, written in every store language. */
export const sampleCatalogs: Record<(typeof niches)[number], SampleProduct[]> = {
  fashion,
  beauty,
  electronics,
  home,
  food,
  sports,
  toys,
  books,
  art,
  pets,
  health,
  services,
  other,
};
