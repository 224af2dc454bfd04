import { Router, type Response } from 'express';
import { adminOrderRoutes, idempotencyKeySchema, publicOrderRoutes } from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import { AppError, bindRoute, fieldsFromZodError } from '@mpb/http';
import type { Stripe } from '@mpb/payments';
import { currentMember } from '../members/authenticate-member';
import { adminBinder, type Authorize } from '../members/authorize';
import { currentTenantId } from '../tenancy/middleware';
import { cancelOrder } from './cancel-order';
import { deliverOrder } from './deliver-order';
import { getPackingSlip } from './get-packing-slip';
import { getAdminOrder, getGuestOrder, listAdminOrders } from './read-orders';
import { refundOrder } from './refund-order';
import { shipOrder } from './ship-order';

const staff = (res: Response) => ({
  tenantId: currentTenantId(res),
  memberId: currentMember(res).userId,
});

function idempotencyKeyOf(header: string | undefined): string {
  const parsed = idempotencyKeySchema.safeParse(header);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? 'is invalid';
    throw AppError.validation(
      { 'Idempotency-Key': message },
      'The Idempotency-Key header is required',
    );
  }
  return parsed.data;
}

/** Orders for staff: reading, fulfilment, cancellation and refunds, each by its permission. */
export function adminOrdersRouter(deps: {
  db: Knex;
  stripe: Stripe;
  authorize: Authorize;
}): Router {
  const router = Router();
  const bind = adminBinder(router, deps.authorize);
  const { db } = deps;
  const payments = { db, stripe: deps.stripe };

  bind(adminOrderRoutes.list, async ({ query, res }) => ({
    status: 200,
    body: await listAdminOrders(db, currentTenantId(res), query),
  }));
  bind(adminOrderRoutes.get, async ({ params, res }) => ({
    status: 200,
    body: await getAdminOrder(db, currentTenantId(res), params.orderId),
  }));
  bind(adminOrderRoutes.ship, async ({ params, body, res }) => ({
    status: 200,
    body: await shipOrder(db, { ...staff(res), orderId: params.orderId, body }),
  }));
  bind(adminOrderRoutes.deliver, async ({ params, res }) => ({
    status: 200,
    body: await deliverOrder(db, { ...staff(res), orderId: params.orderId }),
  }));
  bind(adminOrderRoutes.cancel, async ({ params, body, res }) => ({
    status: 200,
    body: await cancelOrder(payments, {
      ...staff(res),
      orderId: params.orderId,
      reason: body.reason,
    }),
  }));
  bind(adminOrderRoutes.refund, async ({ params, body, req, res }) => {
    const idempotencyKey = idempotencyKeyOf(req.get('idempotency-key'));
    const result = await refundOrder(payments, {
      ...staff(res),
      orderId: params.orderId,
      idempotencyKey,
      body,
    });
    return {
      status: 201,
      body: { refund: result.refund, order: result.order },
      headers: result.replayed ? { 'idempotent-replayed': 'true' } : undefined,
    };
  });

  const slip = adminOrderRoutes.packingSlip;
  router[slip.method](slip.path, deps.authorize(slip), (req, res, next) => {
    const params = slip.params?.safeParse(req.params);
    if (!params?.success) {
      next(AppError.validation(params ? fieldsFromZodError(params.error, req.params) : {}));
      return;
    }
    getPackingSlip(db, currentTenantId(res), params.data.orderId).then((html) => {
      res
        .status(200)
        .set({
          'content-type': 'text/html; charset=utf-8',
          'cache-control': 'no-store',
          // The page needs nothing but its own inline styles: no script can run in it.
          'content-security-policy':
            "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'",
          'x-content-type-options': 'nosniff',
        })
        .send(html);
    }, next);
  });
  return router;
}

/** The guest's order-status page; mounted behind the public rate limits. */
export function publicOrdersRouter(deps: { db: Knex }): Router {
  const router = Router();
  bindRoute(router, publicOrderRoutes.status, [], async ({ params, query, res }) => {
    res.setHeader('cache-control', 'no-store');
    return {
      status: 200,
      body: await getGuestOrder(deps.db, {
        tenantId: currentTenantId(res),
        orderId: params.orderId,
        token: query.token,
      }),
    };
  });
  return router;
}
