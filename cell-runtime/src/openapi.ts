import {
  accountRoutes,
  adminOrderRoutes,
  publicOrderRoutes,
  adminCategoryRoutes,
  adminCatalogExportRoutes,
  adminMediaRoutes,
  adminCollectionRoutes,
  adminImportRoutes,
  adminProductRoutes,
  cartRoutes,
  couponRoutes,
  publicCollectionRoutes,
  publicMediaRoutes,
  publicProductRoutes,
  searchRoutes,
  settingsRoutes,
  shippingZoneRoutes,
  storefrontRoutes,
  taxRateRoutes,
  type RouteSpec,
} from '@mpb/contracts';
import { buildOpenApiDocument } from '@mpb/http';

export const cellPublicRoutes: RouteSpec[] = [
  ...Object.values(storefrontRoutes),
  ...Object.values(publicProductRoutes),
  ...Object.values(publicCollectionRoutes),
  ...Object.values(searchRoutes),
  ...Object.values(publicMediaRoutes),
  ...Object.values(adminProductRoutes),
  ...Object.values(adminCollectionRoutes),
  ...Object.values(adminCategoryRoutes),
  ...Object.values(adminMediaRoutes),
  ...Object.values(adminImportRoutes),
  ...Object.values(adminCatalogExportRoutes),
  ...Object.values(cartRoutes),
  ...Object.values(couponRoutes),
  ...Object.values(shippingZoneRoutes),
  ...Object.values(taxRateRoutes),
  ...Object.values(settingsRoutes),
  ...Object.values(publicOrderRoutes),
  ...Object.values(accountRoutes),
  ...Object.values(adminOrderRoutes),
] as RouteSpec[];

/** The store API, served on every store host at /api/v1/openapi.json. */
export function cellOpenApi(): Record<string, unknown> {
  return buildOpenApiDocument({
    title: 'Marketplace Builder store API',
    version: '1.0.0',
    description:
      'The API of one store, on the store’s own host (for example https://my-shop.example.com/api/v1). ' +
      'Public routes serve shoppers; /admin routes take a platform access token of a member of the store.',
    servers: [{ url: '/' }],
    routes: cellPublicRoutes,
  });
}
