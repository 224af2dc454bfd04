import {
  countryProfile,
  shippingAmountsFor,
  type Currency,
  type Language,
  type ShippingAndTaxesDefaults,
} from '@mpb/contracts';
import { withTenant, type Knex } from '@mpb/db';
import { currentStore } from '../catalog/store';

const domesticZoneNames: Record<Language, (country: string) => string> = {
  'pt-BR': (country) => `Envio nacional (${country})`,
  en: (country) => `Domestic shipping (${country})`,
  es: (country) => `Envío nacional (${country})`,
};

/** The name of the wizard's domestic zone, in the store's language. */
export function domesticZoneName(language: string, country: string): string {
  const name = domesticZoneNames[language as Language] ?? domesticZoneNames.en;
  return name(country);
}

/**
 * What the wizard proposes for a store selling from `country`: a domestic flat rate with free
 * shipping from a round subtotal, in the store's own currency (a Brazilian store selling in
 * dollars gets dollar amounts), and the country's usual tax mode and rate.
 */
export function proposeShippingAndTaxes(input: {
  country: string;
  currency: Currency;
  language: string;
}): ShippingAndTaxesDefaults {
  const profile = countryProfile(input.country);
  const amounts = shippingAmountsFor(input.currency);
  return {
    country: input.country,
    currency: input.currency,
    countryCurrency: profile.currency,
    language: profile.language,
    zoneName: domesticZoneName(input.language, input.country),
    flatRate: amounts.flatRate,
    freeOver: amounts.freeOver,
    taxInclusive: profile.tax.pricesIncludeTax,
    taxRates: profile.tax.rates.map((rate) => ({ ...rate })),
    taxNote: profile.tax.note,
  };
}

export async function getShippingAndTaxesDefaults(
  db: Knex,
  input: { tenantId: string; country?: string | undefined },
): Promise<ShippingAndTaxesDefaults> {
  const store = await withTenant(db, input.tenantId, (trx) => currentStore(trx));
  return proposeShippingAndTaxes({
    country: input.country ?? store.country,
    currency: store.currency as Currency,
    language: store.language,
  });
}
