import type { Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import type { Logger } from '@mpb/observability';
import type { Stripe } from '@mpb/payments';
import { CellRejectedError, CellUnavailableError, type CellClient } from '../cells/cell-client';
import { findCell } from '../cells/repository';
import { pushAccountToCell, type AccountRow } from './onboarding';

export interface WebhookDeps {
  db: Knex;
  stripe: Stripe;
  cellClient: CellClient;
  logger: Logger;
  secret: string;
  toleranceSeconds: number;
}

/**
 * The platform's single Stripe endpoint. It verifies the signature on the raw body (forged or
 * stale: 400, nothing done), finds the store from the connected account, and hands the event
 * to that store's cell, which applies it idempotently. A cell that cannot be reached makes this
 * answer 503, so Stripe delivers the event again later.
 */
export async function receiveStripeWebhook(
  deps: WebhookDeps,
  rawBody: Buffer,
  signature: string | undefined,
): Promise<string> {
  if (!signature)
    throw AppError.validation(
      { 'stripe-signature': 'header is missing' },
      'Missing Stripe signature',
    );
  let event: Stripe.Event;
  try {
    event = deps.stripe.webhooks.constructEvent(
      rawBody,
      signature,
      deps.secret,
      deps.toleranceSeconds,
    );
  } catch {
    throw AppError.validation(
      { 'stripe-signature': 'does not match the payload, or is too old' },
      'Invalid Stripe signature',
    );
  }
  const outcome = await route(deps, event);
  await deps
    .db('stripe_webhook_deliveries')
    .insert({
      event_id: event.id,
      type: event.type,
      account_id: event.account ?? null,
      tenant_id: outcome.tenantId ?? null,
      outcome: outcome.outcome,
    })
    .onConflict('event_id')
    .merge({
      deliveries: deps.db.raw('stripe_webhook_deliveries.deliveries + 1'),
      last_received_at: deps.db.fn.now(),
      outcome: outcome.outcome,
    });
  return outcome.outcome;
}

async function route(
  deps: WebhookDeps,
  event: Stripe.Event,
): Promise<{ outcome: string; tenantId?: string }> {
  if (!event.account) return { outcome: 'ignored: platform event' };
  const mapping = await deps
    .db('stripe_accounts as a')
    .join('tenants as t', 't.id', 'a.tenant_id')
    .where('a.account_id', event.account)
    .first<{ tenant_id: string; cell_id: string | null } | undefined>('a.tenant_id', 't.cell_id');
  if (!mapping) {
    deps.logger.warn(
      { event_id: event.id, account: event.account },
      'Stripe event for an unknown account',
    );
    return { outcome: 'ignored: unknown account' };
  }
  if (event.type === 'account.updated') {
    const account = event.data.object;
    const [row] = await deps
      .db<AccountRow>('stripe_accounts')
      .where({ account_id: account.id })
      .update({
        charges_enabled: account.charges_enabled === true,
        details_submitted: account.details_submitted === true,
        updated_at: deps.db.fn.now(),
      })
      .returning<AccountRow[]>('*');
    if (row) await pushAccountToCell(deps, mapping.tenant_id, row).catch(rethrowUnavailable);
    return { outcome: 'processed', tenantId: mapping.tenant_id };
  }
  const cell = mapping.cell_id ? await findCell(deps.db, mapping.cell_id) : undefined;
  if (!cell) return { outcome: 'ignored: store has no cell', tenantId: mapping.tenant_id };
  try {
    const result = await deps.cellClient.applyStripeEvent(cell.api_url, mapping.tenant_id, event);
    return { outcome: result.outcome, tenantId: mapping.tenant_id };
  } catch (error) {
    // A cell that refuses the event (store not there, event it cannot read) will refuse it
    // again: tell Stripe it arrived, so it stops retrying, and leave the trace in the log.
    if (error instanceof CellRejectedError) {
      deps.logger.error(
        { err: error, event_id: event.id, tenant_id: mapping.tenant_id, cell_id: cell.id },
        'cell refused a Stripe event',
      );
      return { outcome: `ignored: cell refused (${error.status})`, tenantId: mapping.tenant_id };
    }
    return rethrowUnavailable(error);
  }
}

function rethrowUnavailable(error: unknown): never {
  if (error instanceof CellUnavailableError) {
    throw new AppError('UNAVAILABLE', 'The store’s cell is unavailable; Stripe will retry', {
      cause: error,
    });
  }
  throw error;
}
