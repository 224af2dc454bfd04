import type { StoreTemplate } from '../types';
import { MinimalFooter } from './footer';
import { MinimalHeader } from './header';
import { MinimalHome } from './home';
import { MinimalProductList } from './product-list';

/** Quiet and editorial: white space, serif headings, products as a text-led list. */
export const minimalTemplate: StoreTemplate = {
  id: 'minimal',
  Header: MinimalHeader,
  Footer: MinimalFooter,
  Home: MinimalHome,
  ProductList: MinimalProductList,
  rootClassName: 'flex min-h-dvh flex-col bg-white text-neutral-900',
  mainClassName: 'mx-auto w-full max-w-5xl px-4 py-12 sm:px-6 sm:py-16',
};
