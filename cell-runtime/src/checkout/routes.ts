import { Router, type RequestHandler } from 'express';
import { cartRoutes, cellInternalRoutes } from '@mpb/contracts';
import { withTenant } from '@mpb/db';
import { AppError, bindRoute } from '@mpb/http';
import type { Logger } from '@mpb/observability';
import type { Stripe } from '@mpb/payments';
import { setPaymentAccount } from '../selling/settings';
import { currentTenantId } from '../tenancy/middleware';
import { applyStripeEvent } from './stripe-events';
import { startCheckout, type CheckoutDeps } from './start-checkout';

/** The shopper's "pay" button. */
export function checkoutRouter(deps: CheckoutDeps & { limitCheckouts: RequestHandler }): Router {
  const router = Router();
  bindRoute(
    router,
    cartRoutes.checkout,
    [deps.limitCheckouts],
    async ({ params, body, req, res }) => {
      res.setHeader('cache-control', 'no-store');
      // The store's own origin, as the shopper reached it through the router.
      const storeOrigin = `${req.protocol}://${req.headers.host ?? ''}`;
      return {
        status: 201,
        body: await startCheckout(deps, {
          tenantId: currentTenantId(res),
          cartId: params.cartId,
          locale: body.locale,
          storeOrigin,
        }),
      };
    },
  );
  return router;
}

/** What the control plane sends after verifying Stripe's signature; mounted behind the internal token. */
export function paymentsInternalRouter(deps: CheckoutDeps & { logger: Logger }): Router {
  const router = Router();
  const assertTenant = async (tenantId: string) => {
    const exists = await withTenant(deps.db, tenantId, (trx) =>
      trx('tenants').first<{ id: string } | undefined>('id'),
    );
    if (!exists) throw AppError.notFound('Tenant');
  };
  bindRoute(router, cellInternalRoutes.applyStripeEvent, [], async ({ params, body }) => {
    await assertTenant(params.tenantId);
    return {
      status: 200,
      body: {
        outcome: await applyStripeEvent(
          deps,
          params.tenantId,
          body.event as unknown as Stripe.Event,
        ),
      },
    };
  });
  bindRoute(router, cellInternalRoutes.setPaymentAccount, [], async ({ params, body }) => {
    await assertTenant(params.tenantId);
    await setPaymentAccount(deps.db, params.tenantId, body);
    return { status: 204 };
  });
  return router;
}
