import { storefrontTemplates, toStorefrontTemplate, type StorefrontTemplate } from '@mpb/contracts';
import { boldTemplate } from './bold';
import { classicTemplate } from './classic';
import { minimalTemplate } from './minimal';
import type { StoreTemplate } from './types';

/** Every template the storefront can render, by id (the contract's list, and no other). */
export const storeTemplates: Readonly<Record<StorefrontTemplate, StoreTemplate>> = {
  classic: classicTemplate,
  bold: boldTemplate,
  minimal: minimalTemplate,
};

export const templateIds: readonly StorefrontTemplate[] = storefrontTemplates;

/** The template for a store's configured id: `default`, and any id not known here, is classic. */
export function templateFor(id: string): StoreTemplate {
  return storeTemplates[toStorefrontTemplate(id)];
}
