import { Router } from 'express';
import { defineRoute, type RouteSpec } from '@mpb/contracts';
import { cellPublicRoutes } from '../openapi';
import type { MemberAuthDeps } from './authenticate-member';
import { adminBinder, createAuthorizer, isAdminRoute } from './authorize';

// Building guards touches neither the database nor the keys; requests are the integration tests'.
const unusedDeps = {} as MemberAuthDeps;

const route = (operationId: string, path: string, permission?: 'catalog:read'): RouteSpec =>
  defineRoute({
    operationId,
    method: 'get',
    path,
    summary: operationId,
    tags: [],
    auth: 'bearer',
    permission,
    responses: { 200: { description: 'ok' } },
  });

describe('admin route guards', () => {
  it('cannot be built for a route that declares no permission', () => {
    const { authorize } = createAuthorizer(unusedDeps);
    expect(() => authorize(route('listThings', '/api/v1/admin/things'))).toThrow(
      /listThings \(GET \/api\/v1\/admin\/things\) declares no permission/,
    );
    expect(() =>
      adminBinder(Router(), authorize)(route('listThings', '/api/v1/admin/things'), async () => ({
        status: 200,
      })),
    ).toThrow(/declares no permission/);
  });

  it('stop the start-up when an admin route of the contract was mounted without one', () => {
    const guarded = route('listThings', '/api/v1/admin/things', 'catalog:read');
    const forgotten = route('listOthers', '/api/v1/admin/others', 'catalog:read');
    const storefront = route('listPublic', '/api/v1/things');
    const { authorize, assertEveryAdminRouteGuarded } = createAuthorizer(unusedDeps);
    authorize(guarded);
    expect(() => assertEveryAdminRouteGuarded([guarded, storefront])).not.toThrow();
    expect(() => assertEveryAdminRouteGuarded([guarded, forgotten, storefront])).toThrow(
      'Admin routes mounted without a permission check: listOthers',
    );
  });

  it('have a permission for every admin route of the store API', () => {
    const admin = cellPublicRoutes.filter(isAdminRoute);
    expect(admin.length).toBeGreaterThan(40);
    expect(admin.filter((spec) => !spec.permission).map((spec) => spec.operationId)).toEqual([]);
  });
});
