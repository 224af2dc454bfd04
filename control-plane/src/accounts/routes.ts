import { createHash } from 'node:crypto';
import { Router, type RequestHandler } from 'express';
import { authRoutes } from '@mpb/contracts';
import { AppError, bindRoute } from '@mpb/http';
import { currentUser } from '../auth/authenticate';
import { emailLanguage } from '../mail/render-email';
import type { RateLimiter } from '../rate-limit';
import type { AccountLinkDeps } from './account-links';
import { logIn } from './log-in';
import { findUserById, type UserRow } from './repository';
import { requestMagicLink } from './request-magic-link';
import { resendEmailVerification } from './resend-email-verification';
import { endSession, refreshSession } from './sessions';
import { signInWithMagicLink } from './sign-in-with-magic-link';
import { signUp } from './sign-up';
import { verifyEmail } from './verify-email';
import { listTenantsOfUser } from '../tenants/repository';

export interface AccountRoutesDeps extends AccountLinkDeps {
  requireUser: RequestHandler;
  rateLimiter: RateLimiter;
  limits: {
    loginAttemptsPerEmail: number;
    signupsPerIpPerHour: number;
    /** Sign-in links per address, and per client IP, per 15 minutes. */
    magicLinksPerEmail: number;
    magicLinksPerIp: number;
    verificationEmailsPerHour: number;
  };
}

const userView = (user: UserRow) => ({
  id: user.id,
  email: user.email,
  isSuperAdmin: user.is_super_admin,
  emailVerified: user.email_verified_at !== null,
  createdAt: user.created_at.toISOString(),
});

/** Addresses are hashed in rate-limit keys, so Redis never holds who asked for a link. */
const hashedEmail = (email: string) => createHash('sha256').update(email).digest('hex');

export function accountRoutes(deps: AccountRoutesDeps): Router {
  const router = Router();

  bindRoute(router, authRoutes.signup, [], async ({ body, req }) => {
    await deps.rateLimiter.hit(
      'signup',
      req.ip ?? 'unknown',
      deps.limits.signupsPerIpPerHour,
      3600,
    );
    const { user, ...session } = await signUp(deps, {
      email: body.email,
      password: body.password,
      language: emailLanguage(body.locale),
    });
    return { status: 201, body: { ...session, user: userView(user) } };
  });

  bindRoute(router, authRoutes.login, [], async ({ body }) => {
    await deps.rateLimiter.hit('login', body.email, deps.limits.loginAttemptsPerEmail, 900);
    const session = await logIn(deps, body);
    await deps.rateLimiter.reset('login', body.email, 900);
    return { status: 200, body: session };
  });

  // Counted whether or not the address has an account, so a 429 tells nothing either.
  bindRoute(router, authRoutes.requestMagicLink, [], async ({ body, req }) => {
    await deps.rateLimiter.hit(
      'magic-link-ip',
      req.ip ?? 'unknown',
      deps.limits.magicLinksPerIp,
      900,
    );
    await deps.rateLimiter.hit(
      'magic-link-email',
      hashedEmail(body.email),
      deps.limits.magicLinksPerEmail,
      900,
    );
    await requestMagicLink(deps, body);
    return { status: 202 };
  });

  bindRoute(router, authRoutes.verifyMagicLink, [], async ({ body, res }) => {
    res.setHeader('cache-control', 'no-store');
    const { user, created, ...session } = await signInWithMagicLink(deps, body.token);
    return {
      status: created ? 201 : 200,
      body: { ...session, user: userView(user), created },
    };
  });

  bindRoute(router, authRoutes.verifyEmail, [], async ({ body }) => ({
    status: 200,
    body: await verifyEmail(deps.db, body.token),
  }));

  bindRoute(router, authRoutes.resendVerification, [deps.requireUser], async ({ body, res }) => {
    const userId = currentUser(res).id;
    await deps.rateLimiter.hit(
      'verify-email-resend',
      userId,
      deps.limits.verificationEmailsPerHour,
      3600,
    );
    await resendEmailVerification(deps, { userId, language: emailLanguage(body.locale) });
    return { status: 202 };
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
        ...userView(user),
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
