import type { StoreTemplate } from '../types';
import { ClassicFooter } from './footer';
import { ClassicHeader } from './header';
import { ClassicHome } from './home';
import { ClassicProductList } from './product-list';

/** The original look, refined: brand bar, rounded cards, a calm neutral page. */
export const classicTemplate: StoreTemplate = {
  id: 'classic',
  Header: ClassicHeader,
  Footer: ClassicFooter,
  Home: ClassicHome,
  ProductList: ClassicProductList,
  rootClassName: 'flex min-h-dvh flex-col bg-neutral-50 text-neutral-900',
  mainClassName: 'mx-auto w-full max-w-6xl px-4 py-8 sm:px-6 sm:py-12',
};
