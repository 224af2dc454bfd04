import { withTenant, type Knex } from '@mpb/db';
import type { Logger } from '@mpb/observability';
import type { Stripe } from '@mpb/payments';
import { setPaymentAccount } from '../selling/settings';
import { completeCheckout } from './complete-checkout';
import { releaseCheckout } from './release-checkout';

export type EventOutcome = 'processed' | 'duplicate' | 'ignored';

/**
 * Applies one verified Stripe event (the control plane checked the signature and routed it
 * here by connected account). The event id is recorded in the same transaction as the effect:
 * the same event delivered any number of times, even at once, has one effect. Handlers are
 * guarded by the order lifecycle, so events arriving out of order cannot undo each other.
 */
export async function applyStripeEvent(
  deps: { db: Knex; logger: Logger },
  tenantId: string,
  event: Stripe.Event,
): Promise<EventOutcome> {
  if (event.type === 'account.updated') {
    const account = event.data.object;
    await setPaymentAccount(deps.db, tenantId, {
      accountId: account.id,
      chargesEnabled: account.charges_enabled === true,
    });
    return 'processed';
  }
  if (event.type === 'checkout.session.expired') {
    const session = event.data.object;
    const checkoutId = session.metadata?.checkout_id;
    if (!checkoutId || session.metadata?.tenant_id !== tenantId) return 'ignored';
    const released = await releaseCheckout(deps.db, {
      tenantId,
      checkoutId,
      status: 'expired',
      reason: 'checkout expired',
      actor: { type: 'stripe' },
    });
    return released ? 'processed' : 'duplicate';
  }
  if (
    event.type === 'checkout.session.completed' ||
    event.type === 'checkout.session.async_payment_succeeded'
  ) {
    const session = event.data.object;
    const checkoutId = session.metadata?.checkout_id;
    if (!checkoutId || session.metadata?.tenant_id !== tenantId) return 'ignored';
    // Delayed methods (boleto, for one) complete the session before the money arrives.
    if (session.payment_status !== 'paid') return 'ignored';
    return withTenant(deps.db, tenantId, async (trx) => {
      const recorded = await trx('stripe_events')
        .insert({
          tenant_id: tenantId,
          event_id: event.id,
          type: event.type,
          stripe_created_at: new Date(event.created * 1000),
        })
        .onConflict(['tenant_id', 'event_id'])
        .ignore()
        .returning('event_id');
      if (recorded.length === 0) return 'duplicate';
      const paymentIntent =
        typeof session.payment_intent === 'string'
          ? session.payment_intent
          : (session.payment_intent?.id ?? null);
      const outcome = await completeCheckout(trx, {
        tenantId,
        checkoutId,
        paymentIntentId: paymentIntent,
        stripeSessionId: session.id,
        collected: session,
      });
      if (outcome === 'unknown')
        deps.logger.warn(
          { event_id: event.id, checkout_id: checkoutId },
          'payment for an unknown checkout',
        );
      return outcome === 'paid' ? 'processed' : 'duplicate';
    });
  }
  return 'ignored';
}
