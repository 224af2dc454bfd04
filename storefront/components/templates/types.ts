import type { ComponentType } from 'react';
import type { StorefrontTemplate } from '@mpb/contracts';
import type { Collection, ProductSummary, Store } from '../../lib/cell-api';
import type { Messages } from '../../lib/i18n';

// A template is a presentation of the same data: every page loads the store, its collections
// and products the same way, then hands them to the template's components. Switching template
// changes only which components render, never what is loaded or stored.

export interface HeaderProps {
  store: Store;
  /** On the home page the store name may be the page's heading; elsewhere it links home. */
  isHome: boolean;
  /** The search box's current text, on the search page. */
  query?: string | undefined;
}

export interface FooterProps {
  store: Store;
}

export interface ProductListProps {
  store: Store;
  products: ProductSummary[];
  messages: Messages;
}

export interface HomeProps {
  store: Store;
  /** Published collections, for the home page's links; empty past the first page. */
  collections: Collection[];
  products: ProductSummary[];
  /** `/?cursor=…` of the next page of products, if there is one. */
  nextHref: string | undefined;
  isFirstPage: boolean;
  messages: Messages;
}

export interface StoreTemplate {
  id: StorefrontTemplate;
  Header: ComponentType<HeaderProps>;
  Footer: ComponentType<FooterProps>;
  /** The home page below the header; it lays out its own width (a hero may span the page). */
  Home: ComponentType<HomeProps>;
  /** Products as the template shows them anywhere: home, collections, search. */
  ProductList: ComponentType<ProductListProps>;
  /** Background and type of the whole page. */
  rootClassName: string;
  /** The main column of pages other than the home page. */
  mainClassName: string;
}
