import type { RequestHandler, Response } from 'express';
import { bearerToken } from '@mpb/auth';
import type { Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { currentTenantId } from '../tenancy/middleware';
import { isWellFormedToken } from './session-token';
import { findSessionCustomer, type Customer } from './sessions';

const noSession = () =>
  AppError.unauthenticated('Sign in again: the session is missing, expired or signed out');

/**
 * Admits a customer with a live session of this store (`Authorization: Bearer <session>`). A
 * session of another store is unknown here, so it is refused like any unknown token.
 */
export function authenticateCustomer(db: Knex): RequestHandler {
  return (req, res, next) => {
    const token = bearerToken(req.headers.authorization);
    if (!token || !isWellFormedToken(token)) {
      next(noSession());
      return;
    }
    findSessionCustomer(db, { tenantId: currentTenantId(res), sessionToken: token }).then(
      (customer) => {
        if (!customer) {
          next(noSession());
          return;
        }
        res.locals.customer = customer;
        res.locals.customerSessionToken = token;
        next();
      },
      (error: unknown) => next(error),
    );
  };
}

export function currentCustomer(res: Response): Customer & { sessionToken: string } {
  const customer = res.locals.customer as Customer | undefined;
  const sessionToken = res.locals.customerSessionToken as string | undefined;
  if (!customer || !sessionToken) throw noSession();
  return { ...customer, sessionToken };
}
