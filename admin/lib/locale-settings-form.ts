import {
  convertMinorUnits,
  displayCurrencyCodes,
  languages as platformLanguages,
  localeSettingsProblems,
  maxDisplayCurrencies,
  updateStoreSettingsBodySchema,
  type CurrencyRounding,
  type Language,
  type StoreSettings,
} from '@mpb/contracts';
import type { z } from 'zod';
import type { FieldErrors } from './form-errors';
import { languageNames, type Messages } from './i18n';
import { formatMoney, minorUnitsOf } from './money';
import { pathErrorsFromZod, valueAtPath } from './path-errors';

// The "Languages and currencies" form of the store settings (ADR 0021): what the merchant types,
// checked with the contract's own schemas and the same store rules the cell applies, so the
// form and the server agree on every refusal.

export interface CurrencyRow {
  /** React key: rows have no id of their own. */
  key: string;
  currency: string;
  /** As typed: "0,18" and "0.18" alike. */
  rate: string;
  rounding: CurrencyRounding;
}

export interface LocaleDraft {
  languages: Language[];
  currencies: CurrencyRow[];
}

let nextKey = 0;
const rowKey = () => `currency-${++nextKey}`;

const isLanguage = (tag: string): tag is Language =>
  (platformLanguages as readonly string[]).includes(tag);

/** A language as the merchant reads it: "Español", else its code. */
const nameOf = (tag: string) => (isLanguage(tag) ? languageNames[tag] : tag);

export function draftFromSettings(settings: StoreSettings): LocaleDraft {
  return {
    languages: settings.languages.filter(isLanguage),
    currencies: settings.displayCurrencies.map((entry) => ({
      key: rowKey(),
      currency: entry.currency,
      rate: entry.rate,
      rounding: entry.rounding,
    })),
  };
}

/** A new row: the first currency neither the store's nor already listed. */
export function newCurrencyRow(draft: LocaleDraft, storeCurrency: string): CurrencyRow {
  const taken = new Set([storeCurrency, ...draft.currencies.map((row) => row.currency)]);
  const preferred = ['USD', 'EUR', ...displayCurrencyCodes];
  const currency = preferred.find((code) => !taken.has(code)) ?? 'USD';
  return { key: rowKey(), currency, rate: '', rounding: 'none' };
}

/** Languages in platform order, the store's default always among them. */
export function toggleLanguage(draft: LocaleDraft, language: Language, on: boolean): LocaleDraft {
  const chosen = new Set(draft.languages);
  if (on) chosen.add(language);
  else chosen.delete(language);
  return { ...draft, languages: platformLanguages.filter((tag) => chosen.has(tag)) };
}

/** The body the settings route takes: rates with a decimal point, whatever mark was typed. */
export function localeBody(draft: LocaleDraft) {
  return {
    languages: draft.languages,
    displayCurrencies: draft.currencies.map((row) => ({
      currency: row.currency,
      rate: row.rate.trim().replace(',', '.'),
      rounding: row.rounding,
    })),
  };
}

/**
 * A problem at `path` in the merchant's language where we know the rule; `message` is the
 * contract's (English) wording, `fallback` the generic translation.
 */
function describeLocaleProblem(
  path: string,
  t: Messages,
  message: string,
  fallback: string,
): string {
  const m = t.manage.settings.locales;
  if (path.endsWith('.rate')) return m.rateInvalid;
  if (path === 'displayCurrencies') return m.tooMany(maxDisplayCurrencies);
  if (message === 'is listed twice') return m.repeated;
  return fallback;
}

/**
 * Checks the draft as the cell will: the contract's schemas, then the store's own rules (its
 * default language stays, its currency is not a display currency). Errors are keyed by the
 * body's paths (`displayCurrencies.1.rate`), which the server uses too.
 */
export function checkLocaleDraft(
  draft: LocaleDraft,
  store: { defaultLanguage: string; currency: string },
  t: Messages,
):
  | { ok: true; body: z.output<typeof updateStoreSettingsBodySchema> }
  | { ok: false; errors: FieldErrors } {
  const body = localeBody(draft);
  const parsed = updateStoreSettingsBodySchema.safeParse(body);
  const errors: FieldErrors = {};
  if (!parsed.success) {
    const found = pathErrorsFromZod(parsed.error, t, (path) => valueAtPath(body, path));
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.');
      errors[path] ??= describeLocaleProblem(path, t, issue.message, found[path] ?? issue.message);
    }
  }
  const problems = localeSettingsProblems(body, store);
  if (problems.languages) {
    errors.languages = t.manage.settings.locales.defaultRequired(nameOf(store.defaultLanguage));
  }
  for (const path of Object.keys(problems)) {
    if (path.startsWith('displayCurrencies.')) errors[path] = t.manage.settings.locales.ownCurrency;
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, body: parsed.data };
}

/** Server field errors in the form's words, for the paths the form shows. */
export function localeServerErrors(
  fields: Record<string, string>,
  store: { defaultLanguage: string },
  t: Messages,
): FieldErrors {
  return Object.fromEntries(
    Object.entries(fields).map(([path, message]) => {
      if (path === 'languages' && message.includes('default'))
        return [path, t.manage.settings.locales.defaultRequired(nameOf(store.defaultLanguage))];
      if (path.endsWith('.currency') && message.includes('own currency'))
        return [path, t.manage.settings.locales.ownCurrency];
      return [path, describeLocaleProblem(path, t, message, message)];
    }),
  );
}

/**
 * "R$ 100,00 shows as ≈ € 18,00": an example of the row's rate and rounding on 100 units of the
 * store's currency, or undefined while the rate is not a valid one.
 */
export function rateExample(
  row: CurrencyRow,
  storeCurrency: string,
  locale: string,
): { from: string; to: string } | undefined {
  const rate = row.rate.trim().replace(',', '.');
  if (!/^\d{1,7}(\.\d{1,8})?$/.test(rate)) return undefined;
  const amount = 100 * 10 ** minorUnitsOf(storeCurrency);
  const converted = convertMinorUnits(amount, storeCurrency, { ...row, rate });
  if (converted === undefined || converted === 0) return undefined;
  return {
    from: formatMoney(amount, storeCurrency, locale),
    to: formatMoney(converted, row.currency, locale),
  };
}
