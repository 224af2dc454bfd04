import {
  authRoutes,
  cellRoutes,
  helpRoutes,
  invitationRoutes,
  onboardingRoutes,
  operatorRoutes,
  paymentRoutes,
  storeMemberRoutes,
  supportRoutes,
  templateRoutes,
  tenantRoutes,
  type RouteSpec,
} from '@mpb/contracts';
import { buildOpenApiDocument } from '@mpb/http';

export const publicRoutes: RouteSpec[] = [
  ...Object.values(authRoutes),
  ...Object.values(tenantRoutes),
  ...Object.values(cellRoutes),
  ...Object.values(paymentRoutes),
  ...Object.values(templateRoutes),
  ...Object.values(onboardingRoutes),
  ...Object.values(invitationRoutes),
  ...Object.values(storeMemberRoutes),
  ...Object.values(supportRoutes),
  ...Object.values(operatorRoutes),
  ...Object.values(helpRoutes),
] as RouteSpec[];

/** The platform API served on the platform host at /api/v1/openapi.json. */
export function controlPlaneOpenApi(serverUrl: string): Record<string, unknown> {
  return buildOpenApiDocument({
    title: 'Marketplace Builder platform API',
    version: '1.0.0',
    description:
      'Accounts, stores and the cell registry. Served on the platform host; store APIs live on each store’s own host.',
    servers: [{ url: serverUrl }],
    routes: publicRoutes,
  });
}
