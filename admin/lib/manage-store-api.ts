import { z } from 'zod';
import {
  adminPageRoutes,
  adminStorefrontRoutes,
  analyticsRoutes,
  analyticsSummarySchema,
  pageSchema,
  previewTokenSchema,
  siteSettingsRoutes,
  siteSettingsSchema,
  storefrontThemeSchema,
  adminCatalogExportRoutes,
  adminCategoryRoutes,
  adminCollectionRoutes,
  adminImportRoutes,
  adminMediaRoutes,
  adminOrderRoutes,
  adminProductRoutes,
  auditRoutes,
  catalogLanguagesSchema,
  categorySchema,
  collectionSchema,
  couponRoutes,
  couponSchema,
  importPageSchema,
  importSchema,
  mediaListSchema,
  mediaSchema,
  myMembershipSchema,
  productPageSchema,
  productSchema,
  refundResultSchema,
  settingsRoutes,
  shippingZoneRoutes,
  shippingZoneSchema,
  staffRoutes,
  memberSchema,
  auditLogPageSchema,
  adminOrderPageSchema,
  adminOrderSchema,
  storeSettingsSchema,
  taxRateRoutes,
  taxRateSchema,
  type BulkUpdateProductsBody,
  type CreateCollectionBody,
  type CreateProductBody,
  type CreatePageBody,
  type UpdatePageBody,
  type UpdateSiteSettingsBody,
  type UpdateStorefrontThemeBody,
  type UpdateCollectionBody,
  type UpdateProductBody,
  type Language,
  type PutProductTranslationBody,
} from '@mpb/contracts';
import type { ApiClient } from './api-client';
import { apiQuery } from './list-filters';
import { fillPath } from './platform-api';

type Query = Readonly<Record<string, string | number | undefined>>;
/** What a route accepts as its body, before the server's defaults apply. */
type Body<S extends { body?: z.ZodType }> = z.input<NonNullable<S['body']>>;

const itemsOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

/**
 * The store admin's calls to one store's API (`tenant.urls.api`, for example
 * http://shop.localhost:8080/api/v1). Paths come from the contract's route specs, answers are
 * checked against the contract's schemas.
 */
export function createManageStoreApi(client: ApiClient, apiUrl: string) {
  const base = apiUrl.replace(/\/+$/, '');
  const url = (spec: { path: string }, params: Record<string, string> = {}, query: Query = {}) =>
    base + fillPath(spec.path.replace(/^\/api\/v1/, ''), params) + apiQuery(query);

  return {
    getMyMembership: (signal?: AbortSignal) =>
      client.json(url(staffRoutes.me), myMembershipSchema, { signal }),

    // ----- catalog -----
    listProducts: (query: Query = {}, signal?: AbortSignal) =>
      client.json(url(adminProductRoutes.list, {}, query), productPageSchema, { signal }),
    getProduct: (id: string, signal?: AbortSignal) =>
      client.json(url(adminProductRoutes.get, { id }), productSchema, { signal }),
    createProduct: (body: CreateProductBody) =>
      client.json(url(adminProductRoutes.create), productSchema, { method: 'POST', body }),
    updateProduct: (id: string, body: UpdateProductBody) =>
      client.json(url(adminProductRoutes.update, { id }), productSchema, {
        method: 'PATCH',
        body,
      }),
    bulkUpdateProducts: (body: BulkUpdateProductsBody) =>
      client.json(url(adminProductRoutes.bulkUpdate), itemsOf(productSchema), {
        method: 'PATCH',
        body,
      }),
    deleteProduct: (id: string) =>
      client.send(url(adminProductRoutes.remove, { id }), { method: 'DELETE' }),
    getCatalogLanguages: (signal?: AbortSignal) =>
      client.json(url(adminProductRoutes.languages), catalogLanguagesSchema, { signal }),
    putProductTranslation: (id: string, language: Language, body: PutProductTranslationBody) =>
      client.json(url(adminProductRoutes.putTranslation, { id, language }), productSchema, {
        method: 'PUT',
        body,
      }),
    deleteProductTranslation: (id: string, language: Language) =>
      client.send(url(adminProductRoutes.deleteTranslation, { id, language }), {
        method: 'DELETE',
      }),

    listMedia: (productId: string, signal?: AbortSignal) =>
      client.json(url(adminMediaRoutes.list, { id: productId }), mediaListSchema, { signal }),
    uploadMedia: (productId: string, file: File, alt: string) => {
      const form = new FormData();
      form.set('file', file);
      if (alt) form.set('alt', alt);
      return client.json(url(adminMediaRoutes.upload, { id: productId }), mediaSchema, {
        method: 'POST',
        body: form,
      });
    },
    updateMedia: (id: string, body: Body<typeof adminMediaRoutes.update>) =>
      client.json(url(adminMediaRoutes.update, { id }), mediaSchema, { method: 'PATCH', body }),
    deleteMedia: (id: string) =>
      client.send(url(adminMediaRoutes.remove, { id }), { method: 'DELETE' }),

    listCollections: (signal?: AbortSignal) =>
      client.json(url(adminCollectionRoutes.list), itemsOf(collectionSchema), { signal }),
    createCollection: (body: CreateCollectionBody) =>
      client.json(url(adminCollectionRoutes.create), collectionSchema, { method: 'POST', body }),
    updateCollection: (id: string, body: UpdateCollectionBody) =>
      client.json(url(adminCollectionRoutes.update, { id }), collectionSchema, {
        method: 'PATCH',
        body,
      }),
    deleteCollection: (id: string) =>
      client.send(url(adminCollectionRoutes.remove, { id }), { method: 'DELETE' }),

    listCategories: (signal?: AbortSignal) =>
      client.json(url(adminCategoryRoutes.list), itemsOf(categorySchema), { signal }),
    createCategory: (body: Body<typeof adminCategoryRoutes.create>) =>
      client.json(url(adminCategoryRoutes.create), categorySchema, { method: 'POST', body }),
    deleteCategory: (id: string) =>
      client.send(url(adminCategoryRoutes.remove, { id }), { method: 'DELETE' }),

    listImports: (query: Query = {}, signal?: AbortSignal) =>
      client.json(url(adminImportRoutes.list, {}, query), importPageSchema, { signal }),
    getImport: (id: string, signal?: AbortSignal) =>
      client.json(url(adminImportRoutes.get, { id }), importSchema, { signal }),
    uploadImport: (file: File, signal?: AbortSignal) => {
      const form = new FormData();
      form.set('file', file);
      return client.json(url(adminImportRoutes.create), importSchema, {
        method: 'POST',
        body: form,
        signal,
      });
    },
    downloadImportErrors: (id: string) => client.blob(url(adminImportRoutes.errorReport, { id })),
    downloadSample: (format: 'csv' | 'xlsx') =>
      client.blob(
        url(format === 'csv' ? adminImportRoutes.sampleCsv : adminImportRoutes.sampleXlsx),
      ),
    downloadExport: (format: 'csv' | 'xlsx') =>
      client.blob(
        url(format === 'csv' ? adminCatalogExportRoutes.csv : adminCatalogExportRoutes.xlsx),
      ),

    // ----- orders -----
    listOrders: (query: Query = {}, signal?: AbortSignal) =>
      client.json(url(adminOrderRoutes.list, {}, query), adminOrderPageSchema, { signal }),
    getOrder: (orderId: string, signal?: AbortSignal) =>
      client.json(url(adminOrderRoutes.get, { orderId }), adminOrderSchema, { signal }),
    shipOrder: (orderId: string, body: Body<typeof adminOrderRoutes.ship>) =>
      client.json(url(adminOrderRoutes.ship, { orderId }), adminOrderSchema, {
        method: 'POST',
        body,
      }),
    markDelivered: (orderId: string) =>
      client.json(url(adminOrderRoutes.deliver, { orderId }), adminOrderSchema, {
        method: 'POST',
      }),
    cancelOrder: (orderId: string, body: Body<typeof adminOrderRoutes.cancel>) =>
      client.json(url(adminOrderRoutes.cancel, { orderId }), adminOrderSchema, {
        method: 'POST',
        body,
      }),
    /** The same `idempotencyKey` is the same refund: a retry after a lost answer refunds once. */
    refundOrder: (
      orderId: string,
      body: Body<typeof adminOrderRoutes.refund>,
      idempotencyKey: string,
    ) =>
      client.json(url(adminOrderRoutes.refund, { orderId }), refundResultSchema, {
        method: 'POST',
        body,
        headers: { 'idempotency-key': idempotencyKey },
      }),
    packingSlip: (orderId: string) => client.blob(url(adminOrderRoutes.packingSlip, { orderId })),

    // ----- selling settings -----
    getSettings: (signal?: AbortSignal) =>
      client.json(url(settingsRoutes.get), storeSettingsSchema, { signal }),
    updateSettings: (body: Body<typeof settingsRoutes.update>) =>
      client.json(url(settingsRoutes.update), storeSettingsSchema, { method: 'PATCH', body }),

    listCoupons: (signal?: AbortSignal) =>
      client.json(url(couponRoutes.list), itemsOf(couponSchema), { signal }),
    createCoupon: (body: Body<typeof couponRoutes.create>) =>
      client.json(url(couponRoutes.create), couponSchema, { method: 'POST', body }),
    updateCoupon: (id: string, body: Body<typeof couponRoutes.update>) =>
      client.json(url(couponRoutes.update, { id }), couponSchema, { method: 'PATCH', body }),
    deleteCoupon: (id: string) =>
      client.send(url(couponRoutes.remove, { id }), { method: 'DELETE' }),

    listShippingZones: (signal?: AbortSignal) =>
      client.json(url(shippingZoneRoutes.list), itemsOf(shippingZoneSchema), { signal }),
    createShippingZone: (body: Body<typeof shippingZoneRoutes.create>) =>
      client.json(url(shippingZoneRoutes.create), shippingZoneSchema, { method: 'POST', body }),
    updateShippingZone: (id: string, body: Body<typeof shippingZoneRoutes.update>) =>
      client.json(url(shippingZoneRoutes.update, { id }), shippingZoneSchema, {
        method: 'PATCH',
        body,
      }),
    deleteShippingZone: (id: string) =>
      client.send(url(shippingZoneRoutes.remove, { id }), { method: 'DELETE' }),

    listTaxRates: (signal?: AbortSignal) =>
      client.json(url(taxRateRoutes.list), itemsOf(taxRateSchema), { signal }),
    createTaxRate: (body: Body<typeof taxRateRoutes.create>) =>
      client.json(url(taxRateRoutes.create), taxRateSchema, { method: 'POST', body }),
    deleteTaxRate: (id: string) =>
      client.send(url(taxRateRoutes.remove, { id }), { method: 'DELETE' }),

    // ----- dashboard -----
    getAnalyticsSummary: (query: Query, signal?: AbortSignal) =>
      client.json(url(analyticsRoutes.summary, {}, query), analyticsSummarySchema, { signal }),

    // ----- storefront: theme, pages, SEO and analytics ids -----
    getTheme: (signal?: AbortSignal) =>
      client.json(url(adminStorefrontRoutes.getTheme), storefrontThemeSchema, { signal }),
    updateTheme: (body: UpdateStorefrontThemeBody) =>
      client.json(url(adminStorefrontRoutes.updateTheme), storefrontThemeSchema, {
        method: 'PUT',
        body,
      }),
    uploadLogo: (file: File) => {
      const form = new FormData();
      form.set('file', file);
      return client.json(url(adminStorefrontRoutes.uploadLogo), storefrontThemeSchema, {
        method: 'POST',
        body: form,
      });
    },
    createPreviewToken: () =>
      client.json(url(adminStorefrontRoutes.createPreviewToken), previewTokenSchema, {
        method: 'POST',
      }),
    removeLogo: () =>
      client.json(url(adminStorefrontRoutes.removeLogo), storefrontThemeSchema, {
        method: 'DELETE',
      }),

    listPages: (signal?: AbortSignal) =>
      client.json(url(adminPageRoutes.list), itemsOf(pageSchema), { signal }),
    createPage: (body: Partial<CreatePageBody> & Pick<CreatePageBody, 'title'>) =>
      client.json(url(adminPageRoutes.create), pageSchema, { method: 'POST', body }),
    updatePage: (id: string, body: UpdatePageBody) =>
      client.json(url(adminPageRoutes.update, { id }), pageSchema, { method: 'PATCH', body }),
    deletePage: (id: string) =>
      client.send(url(adminPageRoutes.remove, { id }), { method: 'DELETE' }),

    getSiteSettings: (signal?: AbortSignal) =>
      client.json(url(siteSettingsRoutes.get), siteSettingsSchema, { signal }),
    updateSiteSettings: (body: UpdateSiteSettingsBody) =>
      client.json(url(siteSettingsRoutes.update), siteSettingsSchema, { method: 'PATCH', body }),

    // ----- staff (changed through the control plane, ADR 0020) and audit -----
    listMembers: (signal?: AbortSignal) =>
      client.json(url(staffRoutes.list), itemsOf(memberSchema), { signal }),
    listAuditLog: (query: Query = {}, signal?: AbortSignal) =>
      client.json(url(auditRoutes.list, {}, query), auditLogPageSchema, { signal }),
  };
}

export type ManageStoreApi = ReturnType<typeof createManageStoreApi>;
