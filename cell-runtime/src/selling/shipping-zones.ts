import { v7 as uuidv7 } from 'uuid';
import type { shippingZoneBodySchema, shippingZoneSchema } from '@mpb/contracts';
import type { z } from 'zod';
import { withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { recordAudit } from '../audit/record-audit';
import type { ShippingRateTerms } from './pricing';

type ShippingZone = z.infer<typeof shippingZoneSchema>;
type ZoneBody = z.output<typeof shippingZoneBodySchema>;

interface ZoneRow {
  id: string;
  name: string;
  countries: string[];
  regions: string[];
  position: number;
}

interface RateRow {
  id: string;
  zone_id: string;
  name: string;
  kind: ShippingRateTerms['kind'];
  amount: number;
  min_weight_grams: number | null;
  max_weight_grams: number | null;
  free_over_amount: number | null;
  position: number;
}

const toRateTerms = (row: RateRow): ShippingRateTerms => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  amount: row.amount,
  minWeightGrams: row.min_weight_grams,
  maxWeightGrams: row.max_weight_grams,
  freeOverAmount: row.free_over_amount,
});

async function loadZones(trx: Knex.Transaction, where?: { id: string }): Promise<ShippingZone[]> {
  const zones = await trx<ZoneRow>('shipping_zones')
    .where(where ?? {})
    .orderBy(['position', 'name']);
  const rates = await trx<RateRow>('shipping_rates')
    .whereIn(
      'zone_id',
      zones.map((zone) => zone.id),
    )
    .orderBy(['position', 'name']);
  return zones.map((zone) => ({
    id: zone.id,
    name: zone.name,
    countries: zone.countries,
    regions: zone.regions,
    position: zone.position,
    rates: rates.filter((rate) => rate.zone_id === zone.id).map(toRateTerms),
  }));
}

async function writeRates(
  trx: Knex.Transaction,
  tenantId: string,
  zoneId: string,
  rates: ZoneBody['rates'],
): Promise<void> {
  await trx('shipping_rates').where({ zone_id: zoneId }).delete();
  await trx('shipping_rates').insert(
    rates.map((rate, position) => ({
      id: rate.id ?? uuidv7(),
      tenant_id: tenantId,
      zone_id: zoneId,
      name: rate.name,
      kind: rate.kind,
      amount: rate.kind === 'pickup' ? 0 : rate.amount,
      min_weight_grams: rate.minWeightGrams,
      max_weight_grams: rate.maxWeightGrams,
      free_over_amount: rate.freeOverAmount,
      position,
    })),
  );
}

export async function createShippingZone(
  db: Knex,
  input: { tenantId: string; memberId: string; body: ZoneBody },
): Promise<ShippingZone> {
  return withTenant(db, input.tenantId, async (trx) => {
    const id = uuidv7();
    const { body } = input;
    await trx('shipping_zones').insert({
      id,
      tenant_id: input.tenantId,
      name: body.name,
      countries: body.countries,
      regions: body.regions,
      position: body.position,
    });
    await writeRates(trx, input.tenantId, id, body.rates);
    await recordAudit(trx, {
      tenantId: input.tenantId,
      actorType: 'member',
      actorId: input.memberId,
      action: 'shipping_zone.created',
      targetType: 'shipping_zone',
      targetId: id,
    });
    const [zone] = await loadZones(trx, { id });
    return zone!;
  });
}

export async function updateShippingZone(
  db: Knex,
  input: { tenantId: string; memberId: string; zoneId: string; body: ZoneBody },
): Promise<ShippingZone> {
  return withTenant(db, input.tenantId, async (trx) => {
    const { body } = input;
    const updated = await trx('shipping_zones').where({ id: input.zoneId }).update({
      name: body.name,
      countries: body.countries,
      regions: body.regions,
      position: body.position,
    });
    if (updated === 0) throw AppError.notFound('Shipping zone');
    // Rate ids must belong to this zone: an id from elsewhere would silently move a rate.
    const existing = new Set(
      await trx('shipping_rates').where({ zone_id: input.zoneId }).pluck<string[]>('id'),
    );
    const foreign: Record<string, string> = {};
    body.rates.forEach((rate, index) => {
      if (rate.id && !existing.has(rate.id))
        foreign[`rates.${index}.id`] = 'is not a rate of this zone';
    });
    if (Object.keys(foreign).length > 0) throw AppError.validation(foreign);
    await writeRates(trx, input.tenantId, input.zoneId, body.rates);
    await recordAudit(trx, {
      tenantId: input.tenantId,
      actorType: 'member',
      actorId: input.memberId,
      action: 'shipping_zone.updated',
      targetType: 'shipping_zone',
      targetId: input.zoneId,
    });
    const [zone] = await loadZones(trx, { id: input.zoneId });
    return zone!;
  });
}

export async function deleteShippingZone(
  db: Knex,
  input: { tenantId: string; memberId: string; zoneId: string },
): Promise<void> {
  await withTenant(db, input.tenantId, async (trx) => {
    if ((await trx('shipping_zones').where({ id: input.zoneId }).delete()) === 0)
      throw AppError.notFound('Shipping zone');
    await recordAudit(trx, {
      tenantId: input.tenantId,
      actorType: 'member',
      actorId: input.memberId,
      action: 'shipping_zone.deleted',
      targetType: 'shipping_zone',
      targetId: input.zoneId,
    });
  });
}

export const listShippingZones = (db: Knex, tenantId: string): Promise<ShippingZone[]> =>
  withTenant(db, tenantId, (trx) => loadZones(trx));

/** The rates of the first zone (by position) that covers an address: region-specific zones need a region match. */
export async function ratesForAddress(
  trx: Knex.Transaction,
  address: { country: string; region?: string | undefined },
): Promise<ShippingRateTerms[]> {
  for (const zone of await loadZones(trx)) {
    if (!zone.countries.includes(address.country)) continue;
    if (zone.regions.length > 0 && !(address.region && zone.regions.includes(address.region)))
      continue;
    return zone.rates;
  }
  return [];
}
