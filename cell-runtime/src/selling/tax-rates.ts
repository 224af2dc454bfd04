import { v7 as uuidv7 } from 'uuid';
import type { taxRateBodySchema, taxRateSchema } from '@mpb/contracts';
import type { z } from 'zod';
import { isUniqueViolation, withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { recordAudit } from '../audit/record-audit';
import type { TaxTerms } from './pricing';

type TaxRate = z.infer<typeof taxRateSchema>;
type TaxBody = z.output<typeof taxRateBodySchema>;

interface TaxRow {
  id: string;
  name: string;
  country: string;
  region: string | null;
  rate_bps: number;
  applies_to_shipping: boolean;
}

const toView = (row: TaxRow): TaxRate => ({
  id: row.id,
  name: row.name,
  country: row.country,
  region: row.region,
  rateBps: row.rate_bps,
  appliesToShipping: row.applies_to_shipping,
});

const placeTaken = () =>
  new AppError('ALREADY_EXISTS', 'A rate already exists for this country and region', {
    fields: { region: 'already has a rate' },
  });

const columns = (body: TaxBody) => ({
  name: body.name,
  country: body.country,
  region: body.region,
  rate_bps: body.rateBps,
  applies_to_shipping: body.appliesToShipping,
});

export async function createTaxRate(
  db: Knex,
  input: { tenantId: string; memberId: string; body: TaxBody },
): Promise<TaxRate> {
  try {
    return await withTenant(db, input.tenantId, async (trx) => {
      const [row] = await trx<TaxRow>('tax_rates')
        .insert({ id: uuidv7(), tenant_id: input.tenantId, ...columns(input.body) } as never)
        .returning('*');
      await recordAudit(trx, {
        tenantId: input.tenantId,
        actorType: 'member',
        actorId: input.memberId,
        action: 'tax_rate.created',
        targetType: 'tax_rate',
        targetId: (row as TaxRow).id,
      });
      return toView(row as TaxRow);
    });
  } catch (error) {
    if (isUniqueViolation(error, 'tax_rates_place_key')) throw placeTaken();
    throw error;
  }
}

export async function updateTaxRate(
  db: Knex,
  input: { tenantId: string; memberId: string; rateId: string; body: TaxBody },
): Promise<TaxRate> {
  try {
    return await withTenant(db, input.tenantId, async (trx) => {
      const [row] = await trx<TaxRow>('tax_rates')
        .where({ id: input.rateId })
        .update(columns(input.body))
        .returning('*');
      if (!row) throw AppError.notFound('Tax rate');
      await recordAudit(trx, {
        tenantId: input.tenantId,
        actorType: 'member',
        actorId: input.memberId,
        action: 'tax_rate.updated',
        targetType: 'tax_rate',
        targetId: row.id,
      });
      return toView(row);
    });
  } catch (error) {
    if (isUniqueViolation(error, 'tax_rates_place_key')) throw placeTaken();
    throw error;
  }
}

export async function deleteTaxRate(
  db: Knex,
  input: { tenantId: string; memberId: string; rateId: string },
): Promise<void> {
  await withTenant(db, input.tenantId, async (trx) => {
    if ((await trx('tax_rates').where({ id: input.rateId }).delete()) === 0)
      throw AppError.notFound('Tax rate');
    await recordAudit(trx, {
      tenantId: input.tenantId,
      actorType: 'member',
      actorId: input.memberId,
      action: 'tax_rate.deleted',
      targetType: 'tax_rate',
      targetId: input.rateId,
    });
  });
}

export const listTaxRates = (db: Knex, tenantId: string): Promise<TaxRate[]> =>
  withTenant(db, tenantId, async (trx) =>
    (await trx<TaxRow>('tax_rates').orderBy(['country', 'region'])).map(toView),
  );

/** The rate for a place: its region's when there is one, else its country's. */
export async function taxForPlace(
  trx: Knex.Transaction,
  place: { country: string; region?: string | undefined },
): Promise<TaxTerms | undefined> {
  const rows = await trx<TaxRow>('tax_rates')
    .where({ country: place.country })
    .andWhere((query) => {
      void query.whereNull('region');
      if (place.region) void query.orWhere({ region: place.region });
    });
  const row = rows.find((candidate) => candidate.region !== null) ?? rows[0];
  return row ? { rateBps: row.rate_bps, appliesToShipping: row.applies_to_shipping } : undefined;
}
