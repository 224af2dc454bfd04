import type { StoreTemplate } from '../types';
import { BoldFooter } from './footer';
import { BoldHeader } from './header';
import { BoldHome } from './home';
import { BoldProductList } from './product-list';

/** Loud and graphic: a hero in the accent colour, heavy uppercase type, big square cards. */
export const boldTemplate: StoreTemplate = {
  id: 'bold',
  Header: BoldHeader,
  Footer: BoldFooter,
  Home: BoldHome,
  ProductList: BoldProductList,
  rootClassName: 'flex min-h-dvh flex-col bg-white text-neutral-950',
  mainClassName: 'mx-auto w-full max-w-7xl px-4 py-10 sm:px-8 sm:py-14',
};
