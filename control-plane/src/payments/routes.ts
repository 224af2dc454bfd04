import express, { Router, type RequestHandler } from 'express';
import { paymentRoutes } from '@mpb/contracts';
import { bindRoute } from '@mpb/http';
import type { Logger } from '@mpb/observability';
import { currentUser } from '../auth/authenticate';
import { paymentStatus, startOnboarding, type PaymentsDeps } from './onboarding';
import { receiveStripeWebhook, type WebhookDeps } from './webhook';

export function paymentsRouter(deps: PaymentsDeps & { requireUser: RequestHandler }): Router {
  const router = Router();
  bindRoute(
    router,
    paymentRoutes.onboarding,
    [deps.requireUser],
    async ({ params, body, res }) => ({
      status: 200,
      body: await startOnboarding(deps, {
        userId: currentUser(res).id,
        tenantId: params.id,
        returnPath: body.returnPath,
      }),
    }),
  );
  bindRoute(router, paymentRoutes.status, [deps.requireUser], async ({ params, res }) => ({
    status: 200,
    body: await paymentStatus(deps, { userId: currentUser(res).id, tenantId: params.id }),
  }));
  return router;
}

/**
 * Stripe's endpoint needs the body exactly as sent (the signature covers its bytes), so it is
 * mounted before the JSON parser with a raw one of its own.
 */
export function stripeWebhookRouter(deps: WebhookDeps & { logger: Logger }): Router {
  const router = Router();
  router.post(
    paymentRoutes.webhook.path,
    express.raw({ type: '*/*', limit: '1mb' }),
    async (req, res, next) => {
      try {
        const signature = req.headers['stripe-signature'];
        const outcome = await receiveStripeWebhook(
          deps,
          Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
          typeof signature === 'string' ? signature : undefined,
        );
        res.status(200).json({ received: true, outcome });
      } catch (error) {
        next(error);
      }
    },
  );
  // Errors go on to the app's error handler, so metrics label them with this route.
  return router;
}
