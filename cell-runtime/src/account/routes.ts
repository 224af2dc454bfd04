import { Router } from 'express';
import type { Redis } from 'ioredis';
import { accountRoutes } from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import { bindRoute } from '@mpb/http';
import { getCustomerOrder, listCustomerOrders } from '../orders';
import { currentTenantId } from '../tenancy/middleware';
import { authenticateCustomer, currentCustomer } from './authenticate-customer';
import {
  consumeLoginLinkQuota,
  defaultLoginLinkLimits,
  type LoginLinkLimits,
} from './login-link-limits';
import { requestLoginLink } from './request-login-link';
import { createCustomerSession, deleteCustomerSession } from './sessions';

export interface AccountRouterDeps {
  db: Knex;
  redis: Redis;
  loginLinkLimits?: LoginLinkLimits;
}

/** The buyer's account: sign-in by emailed link, sessions, and their orders. */
export function accountRouter(deps: AccountRouterDeps): Router {
  const router = Router();
  const { db } = deps;
  const signedIn = [authenticateCustomer(db)];
  const noStore = (res: { setHeader(name: string, value: string): unknown }) =>
    res.setHeader('cache-control', 'no-store');

  bindRoute(router, accountRoutes.requestLoginLink, [], async ({ body, req, res }) => {
    const tenantId = currentTenantId(res);
    await consumeLoginLinkQuota(deps.redis, deps.loginLinkLimits ?? defaultLoginLinkLimits, {
      tenantId,
      email: body.email,
      ip: req.ip ?? 'unknown',
    });
    await requestLoginLink(db, {
      tenantId,
      email: body.email,
      returnPath: body.returnPath,
      locale: body.locale,
    });
    return { status: 202 };
  });
  bindRoute(router, accountRoutes.createSession, [], async ({ body, res }) => {
    noStore(res);
    return {
      status: 201,
      body: await createCustomerSession(db, {
        tenantId: currentTenantId(res),
        loginToken: body.token,
      }),
    };
  });
  bindRoute(router, accountRoutes.deleteSession, signedIn, async ({ res }) => {
    await deleteCustomerSession(db, {
      tenantId: currentTenantId(res),
      sessionToken: currentCustomer(res).sessionToken,
    });
    return { status: 204 };
  });
  bindRoute(router, accountRoutes.listOrders, signedIn, async ({ query, res }) => {
    noStore(res);
    return {
      status: 200,
      body: await listCustomerOrders(db, {
        tenantId: currentTenantId(res),
        customerId: currentCustomer(res).id,
        limit: query.limit,
        cursor: query.cursor,
      }),
    };
  });
  bindRoute(router, accountRoutes.getOrder, signedIn, async ({ params, res }) => {
    noStore(res);
    return {
      status: 200,
      body: await getCustomerOrder(db, {
        tenantId: currentTenantId(res),
        customerId: currentCustomer(res).id,
        orderId: params.orderId,
      }),
    };
  });
  return router;
}
