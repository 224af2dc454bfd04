import {
  adminImportRoutes,
  adminMediaRoutes,
  adminStorefrontRoutes,
  importSchema,
  mediaSchema,
  previewTokenSchema,
  sampleCatalogRemovalSchema,
  sampleCatalogRoutes,
  sampleCatalogSchema,
  settingsRoutes,
  shippingAndTaxesDefaultsSchema,
  shippingAndTaxesSchema,
  shippingZoneRoutes,
  shippingZoneSchema,
  storeSettingsSchema,
  storefrontThemeSchema,
  storeSetupRoutes,
  taxRateRoutes,
  taxRateSchema,
  type ApplyShippingAndTaxesBody,
  type niches,
  type UpdateStorefrontThemeBody,
} from '@mpb/contracts';
import { z } from 'zod';
import type { ApiClient } from './api-client';
import { fillPath } from './platform-api';

type Niche = (typeof niches)[number];

const zoneListSchema = z.object({ items: z.array(shippingZoneSchema) });
const taxRateListSchema = z.object({ items: z.array(taxRateSchema) });

/**
 * The store API's side of the wizard (`tenant.urls.api`, CORS with the bearer token): brand and
 * template, live preview, the first products, shipping and taxes.
 */
export function createStoreSetupApi(client: ApiClient, apiUrl: string) {
  const base = apiUrl.replace(/\/+$/, '');
  // Contract paths start with /api/v1, which `urls.api` already ends with.
  const url = (path: string, params: Readonly<Record<string, string>> = {}) =>
    base + fillPath(path, params).replace(/^\/api\/v1/, '');

  return {
    getTheme: (signal?: AbortSignal) =>
      client.json(url(adminStorefrontRoutes.getTheme.path), storefrontThemeSchema, { signal }),

    updateTheme: (body: UpdateStorefrontThemeBody) =>
      client.json(url(adminStorefrontRoutes.updateTheme.path), storefrontThemeSchema, {
        method: 'PUT',
        body,
      }),

    uploadLogo: (file: File) =>
      client.json(url(adminStorefrontRoutes.uploadLogo.path), storefrontThemeSchema, {
        method: 'POST',
        body: formWithFile(file),
      }),

    removeLogo: () =>
      client.json(url(adminStorefrontRoutes.removeLogo.path), storefrontThemeSchema, {
        method: 'DELETE',
      }),

    createPreviewToken: () =>
      client.json(url(adminStorefrontRoutes.createPreviewToken.path), previewTokenSchema, {
        method: 'POST',
      }),

    getShippingDefaults: (country: string, signal?: AbortSignal) =>
      client.json(
        `${url(storeSetupRoutes.defaults.path)}?${new URLSearchParams({ country }).toString()}`,
        shippingAndTaxesDefaultsSchema,
        { signal },
      ),

    applyShippingAndTaxes: (body: ApplyShippingAndTaxesBody) =>
      client.json(url(storeSetupRoutes.apply.path), shippingAndTaxesSchema, {
        method: 'POST',
        body,
      }),

    /** What the store has: its shipping zones, tax rates and selling settings. */
    getSellingSetup: async (signal?: AbortSignal) => {
      const [zones, taxRates, settings] = await Promise.all([
        client.json(url(shippingZoneRoutes.list.path), zoneListSchema, { signal }),
        client.json(url(taxRateRoutes.list.path), taxRateListSchema, { signal }),
        client.json(url(settingsRoutes.get.path), storeSettingsSchema, { signal }),
      ]);
      return { zones: zones.items, taxRates: taxRates.items, settings };
    },

    getSampleCatalog: (signal?: AbortSignal) =>
      client.json(url(sampleCatalogRoutes.get.path), sampleCatalogSchema, { signal }),

    loadSampleCatalog: (niche?: Niche) =>
      client.json(url(sampleCatalogRoutes.load.path), sampleCatalogSchema, {
        method: 'POST',
        body: niche ? { niche } : {},
      }),

    removeSampleCatalog: () =>
      client.json(url(sampleCatalogRoutes.remove.path), sampleCatalogRemovalSchema, {
        method: 'DELETE',
      }),

    uploadProductImage: (productId: string, file: File, alt: string) => {
      const form = formWithFile(file);
      if (alt.trim() !== '') form.set('alt', alt.trim());
      return client.json(url(adminMediaRoutes.upload.path, { id: productId }), mediaSchema, {
        method: 'POST',
        body: form,
      });
    },

    /** Imports a CSV or XLSX catalog; the answer lists the rows that failed. */
    importCatalog: (file: File) =>
      client.json(url(adminImportRoutes.create.path), importSchema, {
        method: 'POST',
        body: formWithFile(file),
      }),

    /** The sample catalog file in the import format, priced in the store currency. */
    downloadImportSample: (format: 'csv' | 'xlsx') =>
      client.blob(
        url(
          format === 'csv' ? adminImportRoutes.sampleCsv.path : adminImportRoutes.sampleXlsx.path,
        ),
      ),

    /** Every row error of an import, as the CSV the server writes. */
    downloadImportErrors: (importId: string) =>
      client.blob(url(adminImportRoutes.errorReport.path, { id: importId })),
  };
}

function formWithFile(file: File): FormData {
  const form = new FormData();
  form.set('file', file, file.name);
  return form;
}

export type StoreSetupApi = ReturnType<typeof createStoreSetupApi>;
