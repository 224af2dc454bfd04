import type { RequestHandler, Router } from 'express';
import type { z } from 'zod';
import { hasPermission, type RouteSpec } from '@mpb/contracts';
import { AppError, bindRoute, type RouteHandler } from '@mpb/http';
import { authenticateMember, type MemberAuthDeps } from './authenticate-member';

/** The guard of one admin route, from the permission its contract declares. */
export type Authorize = (spec: RouteSpec) => RequestHandler;

export const ADMIN_PATH_PREFIX = '/api/v1/admin/';

export const isAdminRoute = (spec: RouteSpec) => spec.path.startsWith(ADMIN_PATH_PREFIX);

export interface Authorizer {
  authorize: Authorize;
  /**
   * Throws unless every admin route among `routes` was given its guard by `authorize`: the
   * cell calls it once all routers are mounted, so an admin route bound without its
   * permission check stops the process at start-up.
   */
  assertEveryAdminRouteGuarded: (routes: readonly RouteSpec[]) => void;
}

/**
 * Admin routes' guards. Each one authenticates the member (401 without a valid token, 404
 * for a non-member, as for a store that does not exist) and admits them only when their
 * role has the route's permission (403 naming it otherwise). A route whose contract declares
 * no permission cannot get a guard: `authorize` throws while the routers are being built.
 */
export function createAuthorizer(deps: MemberAuthDeps): Authorizer {
  const guarded = new Set<RouteSpec>();
  return {
    authorize(spec) {
      const { permission } = spec;
      if (!permission) {
        throw new Error(
          `${spec.operationId} (${spec.method.toUpperCase()} ${spec.path}) declares no permission; ` +
            'every admin route must name one in its contract',
        );
      }
      guarded.add(spec);
      return (req, res, next) => {
        authenticateMember(deps, req, res).then((member) => {
          if (hasPermission(member.role, permission)) {
            next();
            return;
          }
          next(
            new AppError(
              'FORBIDDEN',
              `This needs the permission ${permission}, which your role (${member.role}) does not have`,
            ),
          );
        }, next);
      };
    },
    assertEveryAdminRouteGuarded(routes) {
      const unguarded = routes.filter((spec) => isAdminRoute(spec) && !guarded.has(spec));
      if (unguarded.length > 0) {
        throw new Error(
          `Admin routes mounted without a permission check: ${unguarded
            .map((spec) => spec.operationId)
            .join(', ')}`,
        );
      }
    },
  };
}

/**
 * `bindRoute` for admin routes: the route's guard comes from its own contract, so a route
 * cannot be mounted with another route's permission. `before` runs ahead of the guard (the
 * tenant resolution of routers mounted before the JSON body parser).
 */
export function adminBinder(router: Router, authorize: Authorize, before: RequestHandler[] = []) {
  return <TParams extends z.ZodType, TQuery extends z.ZodType, TBody extends z.ZodType>(
    spec: RouteSpec<TParams, TQuery, TBody>,
    handler: RouteHandler<TParams, TQuery, TBody>,
  ): void => bindRoute(router, spec, [...before, authorize(spec)], handler);
}
