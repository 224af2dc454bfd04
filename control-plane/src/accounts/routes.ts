import { Router, type RequestHandler } from 'express';
import { authRoutes } from '@mpb/contracts';
import { AppError, bindRoute } from '@mpb/http';
import { currentUser } from '../auth/authenticate';
import type { RateLimiter } from '../rate-limit';
import { logIn } from './log-in';
import { findUserById } from './repository';
import { endSession, refreshSession, type SessionDeps } from './sessions';
import { signUp } from './sign-up';
import { listTenantsOfUser } from '../tenants/repository';

export interface AccountRoutesDeps extends SessionDeps {
  requireUser: RequestHandler;
  rateLimiter: RateLimiter;
  limits: { loginAttemptsPerEmail: number; signupsPerIpPerHour: number };
}

export function accountRoutes(deps: AccountRoutesDeps): Router {
  const router = Router();

  bindRoute(router, authRoutes.signup, [], async ({ body, req }) => {
    await deps.rateLimiter.hit(
      'signup',
      req.ip ?? 'unknown',
      deps.limits.signupsPerIpPerHour,
      3600,
    );
    const { user, ...session } = await signUp(deps, body);
    return {
      status: 201,
      body: {
        ...session,
        user: {
          id: user.id,
          email: user.email,
          isSuperAdmin: user.is_super_admin,
          createdAt: user.created_at.toISOString(),
        },
      },
    };
  });

  bindRoute(router, authRoutes.login, [], async ({ body }) => {
    await deps.rateLimiter.hit('login', body.email, deps.limits.loginAttemptsPerEmail, 900);
    const session = await logIn(deps, body);
    await deps.rateLimiter.reset('login', body.email, 900);
    return { status: 200, body: session };
  });

  bindRoute(router, authRoutes.refresh, [], async ({ body }) => ({
    status: 200,
    body: await refreshSession(deps, body.refreshToken),
  }));

  bindRoute(router, authRoutes.logout, [], async ({ body }) => {
    await endSession(deps, body.refreshToken);
    return { status: 204 };
  });

  bindRoute(router, authRoutes.me, [deps.requireUser], async ({ res }) => {
    const user = await findUserById(deps.db, currentUser(res).id);
    if (!user) throw AppError.unauthenticated('The account no longer exists');
    const tenants = await listTenantsOfUser(deps.db, user.id);
    return {
      status: 200,
      body: {
        id: user.id,
        email: user.email,
        isSuperAdmin: user.is_super_admin,
        createdAt: user.created_at.toISOString(),
        tenants: tenants.map((tenant) => ({
          id: tenant.id,
          slug: tenant.slug,
          name: tenant.name,
          role: tenant.role,
          status: tenant.status,
        })),
      },
    };
  });

  return router;
}
