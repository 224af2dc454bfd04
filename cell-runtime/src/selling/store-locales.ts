import {
  languages as platformLanguages,
  normaliseRate,
  type CurrencyRounding,
  type DisplayCurrency,
  type DisplayCurrencyInput,
} from '@mpb/contracts';
import type { Knex } from '@mpb/db';

// The languages and display currencies of a store (ADR 0021): the queries and how they read.
// The default language and the store's currency are `tenants` columns the control plane owns,
// so they may change under these settings; what is shown is always made consistent with them
// here, on read, instead of rewriting the merchant's choices.

interface DisplayCurrencyRow {
  currency: string;
  /** numeric(15, 8): node-postgres hands it over as a string, digits intact. */
  rate: string;
  rounding: CurrencyRounding;
}

export interface StoreLocales {
  languages: string[];
  displayCurrencies: DisplayCurrency[];
}

/** Languages shoppers may choose: the store's default first, then the others in platform order. */
export function enabledLanguages(defaultLanguage: string, stored: readonly string[]): string[] {
  const others = platformLanguages.filter(
    (language) => language !== defaultLanguage && stored.includes(language),
  );
  return [defaultLanguage, ...others];
}

/** The store's display currencies in the merchant's order, never its own currency. */
export function toDisplayCurrencies(
  rows: readonly DisplayCurrencyRow[],
  storeCurrency: string,
): DisplayCurrency[] {
  return rows
    .filter((row) => row.currency !== storeCurrency)
    .map((row) => ({
      currency: row.currency,
      rate: normaliseRate(row.rate),
      rounding: row.rounding,
    }));
}

async function readDisplayCurrencyRows(trx: Knex.Transaction): Promise<DisplayCurrencyRow[]> {
  return trx<DisplayCurrencyRow>('store_display_currencies')
    .select('currency', 'rate', 'rounding')
    .orderBy([{ column: 'position' }, { column: 'currency' }]);
}

/**
 * The languages the current transaction's store offers shoppers, its default first. Reads
 * without creating the settings row, so public reads stay reads.
 */
export async function readEnabledLanguages(
  trx: Knex.Transaction,
  store: { language: string },
): Promise<string[]> {
  const settings = await trx('store_settings').first<{ languages: string[] } | undefined>(
    'languages',
  );
  return enabledLanguages(store.language, settings?.languages ?? []);
}

/**
 * The current transaction's store's languages and display currencies (RLS shows its rows
 * only). Reads without creating the settings row, so the public configuration stays a read.
 */
export async function readStoreLocales(
  trx: Knex.Transaction,
  store: { language: string; currency: string },
): Promise<StoreLocales> {
  return {
    languages: await readEnabledLanguages(trx, store),
    displayCurrencies: toDisplayCurrencies(await readDisplayCurrencyRows(trx), store.currency),
  };
}

/** Replaces the store's display currencies with `list`, in its order. */
export async function replaceDisplayCurrencies(
  trx: Knex.Transaction,
  tenantId: string,
  list: readonly DisplayCurrencyInput[],
): Promise<void> {
  await trx('store_display_currencies').where({ tenant_id: tenantId }).delete();
  if (list.length === 0) return;
  await trx('store_display_currencies').insert(
    list.map((entry, position) => ({
      tenant_id: tenantId,
      currency: entry.currency,
      rate: entry.rate,
      rounding: entry.rounding,
      position,
    })),
  );
}

/**
 * The language an order is written in (its emails follow it): the shopper's when the store
 * offers it, otherwise the store's default.
 */
export function orderLanguage(
  requested: string | undefined,
  store: { language: string },
  storedLanguages: readonly string[],
): string {
  const offered = enabledLanguages(store.language, storedLanguages);
  return requested && offered.includes(requested) ? requested : store.language;
}
