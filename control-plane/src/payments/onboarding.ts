import type { z } from 'zod';
import type { onboardingResponseSchema, paymentStatusSchema } from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { isStripeUnavailable, type Stripe } from '@mpb/payments';
import { CellUnavailableError, type CellClient } from '../cells/cell-client';
import { findCell } from '../cells/repository';
import type { PublicUrls } from '../public-urls';
import {
  findTenantForMember,
  isSuperAdmin,
  recordAudit,
  type TenantRow,
} from '../tenants/repository';

export interface PaymentsDeps {
  db: Knex;
  stripe: Stripe;
  cellClient: CellClient;
  urls: PublicUrls;
}

export interface AccountRow {
  account_id: string;
  tenant_id: string;
  charges_enabled: boolean;
  details_submitted: boolean;
  updated_at?: Date;
}

const toStatus = (row: AccountRow | undefined): z.infer<typeof paymentStatusSchema> => ({
  provider: 'stripe',
  accountId: row?.account_id ?? null,
  chargesEnabled: row?.charges_enabled ?? false,
  detailsSubmitted: row?.details_submitted ?? false,
});

async function memberTenant(
  deps: PaymentsDeps,
  userId: string,
  tenantId: string,
  write: boolean,
): Promise<TenantRow> {
  const tenant = await findTenantForMember(deps.db, tenantId, userId);
  if (!tenant) {
    if (!write && (await isSuperAdmin(deps.db, userId))) {
      const row = await deps.db<TenantRow>('tenants').where({ id: tenantId }).first();
      if (row) return row;
    }
    throw AppError.notFound('Store');
  }
  if (write && tenant.role !== 'owner' && tenant.role !== 'admin') {
    throw new AppError('FORBIDDEN', 'Only the store’s owner or admins can connect payments');
  }
  return tenant;
}

export async function paymentStatus(
  deps: PaymentsDeps,
  input: { userId: string; tenantId: string },
) {
  await memberTenant(deps, input.userId, input.tenantId, false);
  return toStatus(
    await deps.db<AccountRow>('stripe_accounts').where({ tenant_id: input.tenantId }).first(),
  );
}

/** Tells the store's cell which account takes its payments; the cell checks out on it. */
export async function pushAccountToCell(
  deps: Pick<PaymentsDeps, 'db' | 'cellClient'>,
  tenantId: string,
  account: AccountRow,
): Promise<void> {
  const tenant = await deps.db<TenantRow>('tenants').where({ id: tenantId }).first();
  if (!tenant?.cell_id) return;
  const cell = await findCell(deps.db, tenant.cell_id);
  if (!cell) return;
  await deps.cellClient.setPaymentAccount(cell.api_url, tenantId, {
    accountId: account.account_id,
    chargesEnabled: account.charges_enabled,
  });
}

/**
 * Connects the store to Stripe: creates its Express account the first time (idempotently, keyed
 * on the tenant), records it, tells the cell, and returns a fresh onboarding link.
 */
export async function startOnboarding(
  deps: PaymentsDeps,
  input: { userId: string; tenantId: string; returnPath: string },
): Promise<z.infer<typeof onboardingResponseSchema>> {
  const tenant = await memberTenant(deps, input.userId, input.tenantId, true);
  if (tenant.status !== 'ready')
    throw new AppError('INVALID_STATE', 'The store is still being set up');
  try {
    let account = await deps
      .db<AccountRow>('stripe_accounts')
      .where({ tenant_id: tenant.id })
      .first();
    if (!account) {
      const created = await deps.stripe.accounts.create(
        {
          type: 'express',
          country: tenant.country,
          metadata: { tenant_id: tenant.id },
          business_profile: { name: tenant.name },
        },
        { idempotencyKey: `account:${tenant.id}` },
      );
      await deps
        .db('stripe_accounts')
        .insert({
          account_id: created.id,
          tenant_id: tenant.id,
          charges_enabled: created.charges_enabled === true,
          details_submitted: created.details_submitted === true,
        })
        .onConflict('tenant_id')
        .ignore();
      // The row just inserted, or the one a concurrent first click inserted.
      account = await deps
        .db<AccountRow>('stripe_accounts')
        .where({ tenant_id: tenant.id })
        .first();
      if (!account) throw new Error('stripe account row missing after insert');
      await recordAudit(deps.db, {
        actor: 'user',
        actorUserId: input.userId,
        action: 'payments.account_created',
        tenantId: tenant.id,
        data: { accountId: account.account_id },
      });
    }
    await pushAccountToCell(deps, tenant.id, account);
    const adminUrl = deps.urls.admin(input.returnPath);
    const link = await deps.stripe.accountLinks.create({
      account: account.account_id,
      type: 'account_onboarding',
      refresh_url: adminUrl,
      return_url: adminUrl,
    });
    return { ...toStatus(account), url: link.url };
  } catch (error) {
    if (error instanceof CellUnavailableError || isStripeUnavailable(error)) {
      throw new AppError('UNAVAILABLE', 'Payments cannot be connected right now; retry shortly', {
        cause: error,
      });
    }
    throw error;
  }
}
