import {
  applyShippingAndTaxesBodySchema,
  type ApplyShippingAndTaxesBody,
  type ShippingAndTaxesDefaults,
} from '@mpb/contracts';
import type { z } from 'zod';
import type { shippingZoneSchema, storeSettingsSchema, taxRateSchema } from '@mpb/contracts';
import type { FieldErrors } from './form-errors';
import { minorUnitsOf, parseMoney, type MoneyParseResult } from './money';

type ShippingZone = z.infer<typeof shippingZoneSchema>;
type TaxRate = z.infer<typeof taxRateSchema>;
type StoreSettings = z.infer<typeof storeSettingsSchema>;

export interface TaxRateDraft {
  name: string;
  /** ISO 3166-2 such as BR-SP; empty for the whole country. */
  region: string;
  /** Percent as typed: "18", "8.1" or "8,1". */
  percent: string;
  appliesToShipping: boolean;
}

/** The shipping and taxes step's form, amounts as the merchant reads and types them. */
export interface ShippingForm {
  country: string;
  zoneName: string;
  flatRate: string;
  hasFreeOver: boolean;
  freeOver: string;
  taxInclusive: boolean;
  taxRates: TaxRateDraft[];
}

/** Minor units as an amount to edit, with the UI language's decimal mark and no grouping. */
export function amountText(minor: number, currency: string, locale: string): string {
  const decimals = minorUnitsOf(currency);
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: false,
  }).format(minor / 10 ** decimals);
}

/** Basis points as a percent to edit: 1800 → "18", 810 → "8.1" (in the UI's decimal mark). */
export function percentText(bps: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false }).format(
    bps / 100,
  );
}

/** "18", "8.1" or "8,1" percent as basis points; null when it is not such a number. */
export function parsePercent(text: string): number | null {
  const match = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(text.trim().replace(/%$/, '').trim());
  if (!match) return null;
  const whole = Number(match[1]);
  const fraction = Number((match[2] ?? '').padEnd(2, '0'));
  return whole * 100 + fraction;
}

/** The proposal for a country, as a form. */
export function formFromDefaults(defaults: ShippingAndTaxesDefaults, locale: string): ShippingForm {
  return {
    country: defaults.country,
    zoneName: defaults.zoneName,
    flatRate: amountText(defaults.flatRate, defaults.currency, locale),
    hasFreeOver: defaults.freeOver !== null,
    freeOver:
      defaults.freeOver === null ? '' : amountText(defaults.freeOver, defaults.currency, locale),
    taxInclusive: defaults.taxInclusive,
    taxRates: defaults.taxRates.map((rate) => ({
      name: rate.name,
      region: rate.region ?? '',
      percent: percentText(rate.rateBps, locale),
      appliesToShipping: rate.appliesToShipping,
    })),
  };
}

/**
 * What the store already has for `country` (the merchant came back to the step), as a form:
 * the zone covering only that country, its flat and free-over rates, the country's tax rates
 * and the tax mode. Null when the store has no such zone yet.
 */
export function formFromStore(
  input: { zones: ShippingZone[]; taxRates: TaxRate[]; settings: StoreSettings },
  country: string,
  currency: string,
  locale: string,
): ShippingForm | null {
  const zone = input.zones.find(
    (candidate) =>
      candidate.countries.length === 1 &&
      candidate.countries[0] === country &&
      candidate.regions.length === 0,
  );
  const flat = zone?.rates.find((rate) => rate.kind === 'flat');
  if (!zone || !flat) return null;
  const freeOver = zone.rates.find((rate) => rate.kind === 'free_over')?.freeOverAmount ?? null;
  return {
    country,
    zoneName: zone.name,
    flatRate: amountText(flat.amount, currency, locale),
    hasFreeOver: freeOver !== null,
    freeOver: freeOver === null ? '' : amountText(freeOver, currency, locale),
    taxInclusive: input.settings.pricesIncludeTax,
    taxRates: input.taxRates
      .filter((rate) => rate.country === country)
      .map((rate) => ({
        name: rate.name,
        region: rate.region ?? '',
        percent: percentText(rate.rateBps, locale),
        appliesToShipping: rate.appliesToShipping,
      })),
  };
}

export type MoneyProblem = Extract<MoneyParseResult, { ok: false }>;

export type ShippingFormResult =
  | { ok: true; body: ApplyShippingAndTaxesBody }
  | {
      ok: false;
      /** Amounts that could not be read, for translated money messages. */
      money: Partial<Record<'flatRate' | 'freeOver', MoneyProblem>>;
      /** `taxRates.<index>.<field>` or a top-level field, to the contract's message. */
      fields: FieldErrors;
    };

/**
 * Reads the form into the body of `POST /admin/setup/shipping-and-taxes`, checked with the
 * contract's own schema so the form refuses exactly what the server would.
 */
export function shippingBodyFromForm(form: ShippingForm, currency: string): ShippingFormResult {
  const money: Partial<Record<'flatRate' | 'freeOver', MoneyProblem>> = {};
  const fields: FieldErrors = {};
  const flat = parseMoney(form.flatRate, currency);
  if (!flat.ok) money.flatRate = flat;
  const free = form.hasFreeOver ? parseMoney(form.freeOver, currency) : null;
  if (free && !free.ok) money.freeOver = free;
  const taxRates = form.taxRates.map((rate, index) => {
    const bps = parsePercent(rate.percent);
    if (bps === null) fields[`taxRates.${index}.rateBps`] = 'percent';
    return {
      name: rate.name,
      region: rate.region.trim() === '' ? null : rate.region.trim(),
      rateBps: bps ?? 0,
      appliesToShipping: rate.appliesToShipping,
    };
  });
  const candidate = {
    country: form.country,
    zoneName: form.zoneName,
    flatRate: flat.ok ? flat.minor : 0,
    freeOver: free === null ? null : free.ok ? free.minor : 1,
    taxInclusive: form.taxInclusive,
    taxRates,
  };
  const parsed = applyShippingAndTaxesBodySchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.');
      fields[path] ??= issue.message;
    }
  }
  if (parsed.success && Object.keys(money).length === 0 && Object.keys(fields).length === 0) {
    return { ok: true, body: parsed.data };
  }
  return { ok: false, money, fields };
}
