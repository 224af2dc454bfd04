import {
  shippingZoneBodySchema,
  taxRateBodySchema,
  type ApplyShippingAndTaxesBody,
  type shippingAndTaxesSchema,
} from '@mpb/contracts';
import type { z } from 'zod';
import { withTenant, type Knex } from '@mpb/db';
import { recordAudit } from '../audit/record-audit';
import { currentStore } from '../catalog/store';
import { getSettings, updateSettings } from '../selling/settings';
import {
  createShippingZone,
  listShippingZones,
  updateShippingZone,
} from '../selling/shipping-zones';
import { createTaxRate, listTaxRates, updateTaxRate } from '../selling/tax-rates';
import { domesticZoneName } from './shipping-and-taxes-defaults';

type ShippingAndTaxes = z.infer<typeof shippingAndTaxesSchema>;
type ShippingZone = ShippingAndTaxes['shippingZone'];
type ZoneBody = z.output<typeof shippingZoneBodySchema>;

const rateNames: Record<string, string> = {
  'pt-BR': 'Entrega padrão',
  en: 'Standard shipping',
  es: 'Envío estándar',
};

/** The zone the step manages: the whole country, one rate (free from `freeOver` when set). */
function domesticZone(
  body: ApplyShippingAndTaxesBody,
  language: string,
  rateId: string | undefined,
): ZoneBody {
  const name = rateNames[language] ?? 'Standard shipping';
  return shippingZoneBodySchema.parse({
    name: body.zoneName ?? domesticZoneName(language, body.country),
    countries: [body.country],
    // Keeping the rate's id keeps it selected in carts that chose it.
    rates: [
      body.freeOver === null
        ? { id: rateId, name, kind: 'flat', amount: body.flatRate }
        : {
            id: rateId,
            name,
            kind: 'free_over',
            amount: body.flatRate,
            freeOverAmount: body.freeOver,
          },
    ],
  });
}

function sameZone(zone: ShippingZone, body: ZoneBody): boolean {
  const terms = (
    rates: { name: string; kind: string; amount: number; freeOverAmount: number | null }[],
  ) =>
    JSON.stringify(rates.map((rate) => [rate.name, rate.kind, rate.amount, rate.freeOverAmount]));
  return (
    zone.name === body.name &&
    JSON.stringify(zone.countries) === JSON.stringify(body.countries) &&
    zone.regions.length === 0 &&
    terms(zone.rates) === terms(body.rates)
  );
}

/**
 * Applies the wizard's shipping and taxes step through the selling services, in one
 * transaction: the domestic zone it manages (created the first time, updated after), a tax rate
 * per place given (updated when the store already has one there, so applying twice changes
 * nothing), and whether prices include tax. Rates of other places are left alone. The store's
 * row in `store_setup` is locked first, so two concurrent applies cannot both create a zone.
 */
export async function applyShippingAndTaxes(
  db: Knex,
  input: { tenantId: string; memberId: string; body: ApplyShippingAndTaxesBody },
): Promise<ShippingAndTaxes> {
  const { tenantId, memberId, body } = input;
  return withTenant(db, tenantId, async (trx) => {
    const store = await currentStore(trx);
    await trx('store_setup').insert({ tenant_id: tenantId }).onConflict('tenant_id').ignore();
    const setup = await trx('store_setup')
      .where({ tenant_id: tenantId })
      .forUpdate()
      .first<{ shipping_zone_id: string | null }>('shipping_zone_id');

    // The services open their own transactions; given this one they nest as savepoints.
    const actor = { tenantId, memberId };
    const zones = await listShippingZones(trx, tenantId);
    const managed = zones.find((zone) => zone.id === setup?.shipping_zone_id);
    const zoneBody = domesticZone(body, store.language, managed?.rates[0]?.id);
    let shippingZone = managed;
    if (!shippingZone) shippingZone = await createShippingZone(trx, { ...actor, body: zoneBody });
    else if (!sameZone(shippingZone, zoneBody))
      shippingZone = await updateShippingZone(trx, {
        ...actor,
        zoneId: shippingZone.id,
        body: zoneBody,
      });
    await trx('store_setup').where({ tenant_id: tenantId }).update({
      shipping_zone_id: shippingZone.id,
      country: body.country,
      updated_at: trx.fn.now(),
    });

    const existing = await listTaxRates(trx, tenantId);
    for (const rate of body.taxRates) {
      const rateBody = taxRateBodySchema.parse({ ...rate, country: body.country });
      const same = existing.find(
        (candidate) => candidate.country === body.country && candidate.region === rate.region,
      );
      if (!same) await createTaxRate(trx, { ...actor, body: rateBody });
      else if (
        same.name !== rate.name ||
        same.rateBps !== rate.rateBps ||
        same.appliesToShipping !== rate.appliesToShipping
      )
        await updateTaxRate(trx, { ...actor, rateId: same.id, body: rateBody });
    }
    const current = await getSettings(trx, tenantId);
    const settings =
      current.pricesIncludeTax === body.taxInclusive
        ? current
        : await updateSettings(trx, { ...actor, body: { pricesIncludeTax: body.taxInclusive } });
    await recordAudit(trx, {
      tenantId,
      actorType: 'member',
      actorId: memberId,
      action: 'setup.shipping_and_taxes_applied',
      targetType: 'shipping_zone',
      targetId: shippingZone.id,
      data: { country: body.country, taxRates: body.taxRates.length },
    });
    return { shippingZone, taxRates: await listTaxRates(trx, tenantId), settings };
  });
}
