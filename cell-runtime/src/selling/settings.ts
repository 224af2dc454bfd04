import type { storeSettingsSchema, updateStoreSettingsBodySchema } from '@mpb/contracts';
import type { z } from 'zod';
import { withTenant, type Knex } from '@mpb/db';
import { recordAudit } from '../audit/record-audit';

type StoreSettings = z.infer<typeof storeSettingsSchema>;

export interface SettingsRow {
  tenant_id: string;
  prices_include_tax: boolean;
  stripe_account_id: string | null;
  stripe_charges_enabled: boolean;
  next_order_number: number;
  support_email: string | null;
}

/** The store's settings row, created with defaults the first time it is needed. */
export async function loadSettings(trx: Knex.Transaction, tenantId: string): Promise<SettingsRow> {
  const found = await trx<SettingsRow>('store_settings').where({ tenant_id: tenantId }).first();
  if (found) return found;
  // A store's first read makes its row of defaults; every later read is a plain select.
  await trx('store_settings').insert({ tenant_id: tenantId }).onConflict('tenant_id').ignore();
  return (await trx<SettingsRow>('store_settings')
    .where({ tenant_id: tenantId })
    .first()) as SettingsRow;
}

export const toSettingsView = (row: SettingsRow): StoreSettings => ({
  pricesIncludeTax: row.prices_include_tax,
  supportEmail: row.support_email,
  payments: {
    provider: 'stripe',
    connected: row.stripe_account_id !== null,
    chargesEnabled: row.stripe_charges_enabled,
  },
});

export async function getSettings(db: Knex, tenantId: string): Promise<StoreSettings> {
  return withTenant(db, tenantId, async (trx) => toSettingsView(await loadSettings(trx, tenantId)));
}

export async function updateSettings(
  db: Knex,
  input: {
    tenantId: string;
    memberId: string;
    body: z.output<typeof updateStoreSettingsBodySchema>;
  },
): Promise<StoreSettings> {
  return withTenant(db, input.tenantId, async (trx) => {
    await loadSettings(trx, input.tenantId);
    const changes: Partial<SettingsRow> = {};
    if (input.body.pricesIncludeTax !== undefined)
      changes.prices_include_tax = input.body.pricesIncludeTax;
    if (input.body.supportEmail !== undefined) changes.support_email = input.body.supportEmail;
    const [row] = await trx<SettingsRow>('store_settings')
      .where({ tenant_id: input.tenantId })
      .update(changes)
      .returning('*');
    await recordAudit(trx, {
      tenantId: input.tenantId,
      actorType: 'member',
      actorId: input.memberId,
      action: 'settings.updated',
      data: { fields: Object.keys(input.body) },
    });
    return toSettingsView(row as SettingsRow);
  });
}

/** Set by the control plane when the store's Stripe account is connected or changes. */
export async function setPaymentAccount(
  db: Knex,
  tenantId: string,
  account: { accountId: string; chargesEnabled: boolean },
): Promise<void> {
  await withTenant(db, tenantId, async (trx) => {
    await loadSettings(trx, tenantId);
    await trx('store_settings').where({ tenant_id: tenantId }).update({
      stripe_account_id: account.accountId,
      stripe_charges_enabled: account.chargesEnabled,
      updated_at: trx.fn.now(),
    });
  });
}
