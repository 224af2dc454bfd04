import {
  adminProductRoutes,
  publicProductRoutes,
  storefrontRoutes,
  type RouteSpec,
} from '@mpb/contracts';
import { buildOpenApiDocument } from '@mpb/http';

export const cellPublicRoutes: RouteSpec[] = [
  ...Object.values(storefrontRoutes),
  ...Object.values(publicProductRoutes),
  ...Object.values(adminProductRoutes),
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
