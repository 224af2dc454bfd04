import {
  localeSettingsProblems,
  type storeSettingsSchema,
  type updateStoreSettingsBodySchema,
} from '@mpb/contracts';
import type { z } from 'zod';
import { withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { recordAudit } from '../audit/record-audit';
import { currentStore, type StoreRow } from '../catalog/store';
import { readStoreLocales, replaceDisplayCurrencies, type StoreLocales } from './store-locales';

type StoreSettings = z.infer<typeof storeSettingsSchema>;

export interface SettingsRow {
  tenant_id: string;
  prices_include_tax: boolean;
  stripe_account_id: string | null;
  stripe_charges_enabled: boolean;
  next_order_number: number;
  support_email: string | null;
  /** Languages the merchant enabled; the store's default is enabled whatever this says. */
  languages: string[];
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

export const toSettingsView = (
  row: SettingsRow,
  store: StoreRow,
  locales: StoreLocales,
): StoreSettings => ({
  pricesIncludeTax: row.prices_include_tax,
  supportEmail: row.support_email,
  payments: {
    provider: 'stripe',
    connected: row.stripe_account_id !== null,
    chargesEnabled: row.stripe_charges_enabled,
  },
  currency: store.currency,
  defaultLanguage: store.language,
  languages: locales.languages,
  displayCurrencies: locales.displayCurrencies,
});

async function readSettingsView(trx: Knex.Transaction, tenantId: string): Promise<StoreSettings> {
  const row = await loadSettings(trx, tenantId);
  const store = await currentStore(trx);
  return toSettingsView(row, store, await readStoreLocales(trx, store));
}

export async function getSettings(db: Knex, tenantId: string): Promise<StoreSettings> {
  return withTenant(db, tenantId, (trx) => readSettingsView(trx, tenantId));
}

/**
 * Changes how the store sells and which languages and display currencies its storefront offers.
 * The languages and currencies are checked against the store itself (its default language stays
 * enabled, its own currency is no display currency): a 400 naming the field otherwise. The
 * audit entry names the fields sent, with the old and new languages and currencies when those
 * changed.
 */
export async function updateSettings(
  db: Knex,
  input: {
    tenantId: string;
    memberId: string;
    body: z.output<typeof updateStoreSettingsBodySchema>;
  },
): Promise<StoreSettings> {
  return withTenant(db, input.tenantId, async (trx) => {
    const { body } = input;
    const store = await currentStore(trx);
    const problems = localeSettingsProblems(body, {
      defaultLanguage: store.language,
      currency: store.currency,
    });
    if (Object.keys(problems).length > 0) throw AppError.validation(problems);

    await loadSettings(trx, input.tenantId);
    const before = await readStoreLocales(trx, store);
    const changes: Partial<SettingsRow> = {};
    if (body.pricesIncludeTax !== undefined) changes.prices_include_tax = body.pricesIncludeTax;
    if (body.supportEmail !== undefined) changes.support_email = body.supportEmail;
    if (body.languages !== undefined) changes.languages = body.languages;
    if (Object.keys(changes).length > 0) {
      await trx<SettingsRow>('store_settings')
        .where({ tenant_id: input.tenantId })
        .update({ ...changes, updated_at: trx.fn.now() } as Partial<SettingsRow>);
    }
    if (body.displayCurrencies !== undefined) {
      await replaceDisplayCurrencies(trx, input.tenantId, body.displayCurrencies);
    }
    const view = await readSettingsView(trx, input.tenantId);
    await recordAudit(trx, {
      tenantId: input.tenantId,
      actorType: 'member',
      actorId: input.memberId,
      action: 'settings.updated',
      data: { fields: Object.keys(body), changes: localeChanges(before, view) },
    });
    return view;
  });
}

/** The languages and display currencies before and after, for those that changed. */
function localeChanges(before: StoreLocales, after: StoreLocales) {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of ['languages', 'displayCurrencies'] as const) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      changes[key] = { from: before[key], to: after[key] };
    }
  }
  return changes;
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
