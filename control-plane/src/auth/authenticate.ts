import type { RequestHandler, Response } from 'express';
import type { JSONWebKeySet } from 'jose';
import { bearerToken, verifyAccessToken } from '@mpb/auth';
import { AppError } from '@mpb/http';
import { setContextValues } from '@mpb/observability';

export interface AuthenticatedUser {
  id: string;
  email: string;
}

/** Requires a valid access token and records its user on `res.locals.user`. */
export function authenticate(
  keys: () => JSONWebKeySet,
  options: { issuer: string; audience: string },
): RequestHandler {
  return (req, res, next) => {
    const token = bearerToken(req.headers.authorization);
    if (!token) {
      next(AppError.unauthenticated());
      return;
    }
    verifyAccessToken(token, keys(), options).then(
      (verified) => {
        res.locals.user = { id: verified.sub, email: verified.email } satisfies AuthenticatedUser;
        setContextValues({ userId: verified.sub });
        next();
      },
      () => next(AppError.unauthenticated('The access token is invalid or expired')),
    );
  };
}

export function currentUser(res: Response): AuthenticatedUser {
  const user = res.locals.user as AuthenticatedUser | undefined;
  if (!user) throw AppError.unauthenticated();
  return user;
}
