import { v7 as uuidv7 } from 'uuid';
import type { couponSchema, createCouponBodySchema, updateCouponBodySchema } from '@mpb/contracts';
import type { z } from 'zod';
import { isUniqueViolation, withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { recordAudit } from '../audit/record-audit';

type Coupon = z.infer<typeof couponSchema>;

export interface CouponRow {
  id: string;
  tenant_id: string;
  code: string;
  kind: Coupon['kind'];
  value: number;
  min_subtotal: number;
  starts_at: Date | null;
  ends_at: Date | null;
  usage_limit: number | null;
  per_customer_limit: number | null;
  used_count: number;
  active: boolean;
  created_at: Date;
}

export const toCouponView = (row: CouponRow): Coupon => ({
  id: row.id,
  code: row.code,
  kind: row.kind,
  value: row.value,
  minSubtotal: row.min_subtotal,
  startsAt: row.starts_at?.toISOString() ?? null,
  endsAt: row.ends_at?.toISOString() ?? null,
  usageLimit: row.usage_limit,
  perCustomerLimit: row.per_customer_limit,
  usedCount: row.used_count,
  active: row.active,
  createdAt: row.created_at.toISOString(),
});

const codeTaken = () =>
  new AppError('ALREADY_EXISTS', 'Another coupon already uses this code', {
    fields: { code: 'is already used' },
  });

export async function findCouponByCode(
  trx: Knex.Transaction,
  code: string,
): Promise<CouponRow | undefined> {
  return trx<CouponRow>('coupons').whereRaw('lower(code) = lower(?)', [code]).first();
}

/**
 * Why a coupon cannot be used now for this subtotal (and this customer, when known), or
 * undefined when it can. The message is shown to the shopper as is.
 */
export async function couponProblem(
  trx: Knex.Transaction,
  coupon: CouponRow | undefined,
  subtotal: number,
  email?: string | null,
  now = new Date(),
): Promise<string | undefined> {
  if (!coupon || !coupon.active) return 'This code does not exist';
  if (coupon.starts_at && coupon.starts_at > now) return 'This code is not valid yet';
  if (coupon.ends_at && coupon.ends_at <= now) return 'This code has expired';
  if (coupon.usage_limit !== null && coupon.used_count >= coupon.usage_limit)
    return 'This code has been used up';
  if (subtotal < coupon.min_subtotal) return 'The order is below this code’s minimum';
  if (email && coupon.per_customer_limit !== null) {
    const [row] = await trx('coupon_redemptions')
      .where({ coupon_id: coupon.id, released: false })
      .whereRaw('lower(customer_email) = lower(?)', [email])
      .count<{ count: string }[]>('* as count');
    if (Number(row?.count ?? 0) >= coupon.per_customer_limit)
      return 'You have already used this code';
  }
  return undefined;
}

export async function createCoupon(
  db: Knex,
  input: { tenantId: string; memberId: string; body: z.output<typeof createCouponBodySchema> },
): Promise<Coupon> {
  const { body } = input;
  try {
    return await withTenant(db, input.tenantId, async (trx) => {
      const [row] = await trx<CouponRow>('coupons')
        .insert({
          id: uuidv7(),
          tenant_id: input.tenantId,
          code: body.code,
          kind: body.kind,
          value: body.kind === 'free_shipping' ? 0 : body.value,
          min_subtotal: body.minSubtotal,
          starts_at: body.startsAt ? new Date(body.startsAt) : null,
          ends_at: body.endsAt ? new Date(body.endsAt) : null,
          usage_limit: body.usageLimit,
          per_customer_limit: body.perCustomerLimit,
          active: body.active,
        })
        .returning('*');
      await recordAudit(trx, {
        tenantId: input.tenantId,
        actorType: 'member',
        actorId: input.memberId,
        action: 'coupon.created',
        targetType: 'coupon',
        targetId: (row as CouponRow).id,
        data: { code: body.code },
      });
      return toCouponView(row as CouponRow);
    });
  } catch (error) {
    if (isUniqueViolation(error, 'coupons_code_key')) throw codeTaken();
    throw error;
  }
}

export async function updateCoupon(
  db: Knex,
  input: {
    tenantId: string;
    memberId: string;
    couponId: string;
    body: z.output<typeof updateCouponBodySchema>;
  },
): Promise<Coupon> {
  const { body } = input;
  return withTenant(db, input.tenantId, async (trx) => {
    const current = await trx<CouponRow>('coupons')
      .where({ id: input.couponId })
      .forUpdate()
      .first();
    if (!current) throw AppError.notFound('Coupon');
    if (
      body.value !== undefined &&
      current.kind === 'percentage' &&
      (body.value < 1 || body.value > 100)
    ) {
      throw AppError.validation({ value: 'a percentage must be from 1 to 100' });
    }
    if (
      body.usageLimit !== undefined &&
      body.usageLimit !== null &&
      body.usageLimit < current.used_count
    ) {
      throw AppError.validation({
        usageLimit: `is below the ${current.used_count} redemptions already made`,
      });
    }
    const changes: Partial<CouponRow> = {};
    if (body.value !== undefined) changes.value = current.kind === 'free_shipping' ? 0 : body.value;
    if (body.minSubtotal !== undefined) changes.min_subtotal = body.minSubtotal;
    if (body.startsAt !== undefined)
      changes.starts_at = body.startsAt ? new Date(body.startsAt) : null;
    if (body.endsAt !== undefined) changes.ends_at = body.endsAt ? new Date(body.endsAt) : null;
    if (body.usageLimit !== undefined) changes.usage_limit = body.usageLimit;
    if (body.perCustomerLimit !== undefined) changes.per_customer_limit = body.perCustomerLimit;
    if (body.active !== undefined) changes.active = body.active;
    const startsAt = changes.starts_at !== undefined ? changes.starts_at : current.starts_at;
    const endsAt = changes.ends_at !== undefined ? changes.ends_at : current.ends_at;
    if (startsAt && endsAt && endsAt <= startsAt)
      throw AppError.validation({ endsAt: 'must be after startsAt' });
    const [row] = await trx<CouponRow>('coupons')
      .where({ id: current.id })
      .update({ ...changes, updated_at: trx.fn.now() } as never)
      .returning('*');
    await recordAudit(trx, {
      tenantId: input.tenantId,
      actorType: 'member',
      actorId: input.memberId,
      action: 'coupon.updated',
      targetType: 'coupon',
      targetId: current.id,
      data: { fields: Object.keys(body) },
    });
    return toCouponView(row as CouponRow);
  });
}

export async function deleteCoupon(
  db: Knex,
  input: { tenantId: string; memberId: string; couponId: string },
): Promise<void> {
  await withTenant(db, input.tenantId, async (trx) => {
    // A coupon with redemptions stays, deactivated, so paid orders keep their history.
    const redeemed = await trx('coupon_redemptions')
      .where({ coupon_id: input.couponId })
      .first<{ id: string } | undefined>('id');
    const changed = redeemed
      ? await trx('coupons').where({ id: input.couponId }).update({ active: false })
      : await trx('coupons').where({ id: input.couponId }).delete();
    if (changed === 0) throw AppError.notFound('Coupon');
    await recordAudit(trx, {
      tenantId: input.tenantId,
      actorType: 'member',
      actorId: input.memberId,
      action: redeemed ? 'coupon.deactivated' : 'coupon.deleted',
      targetType: 'coupon',
      targetId: input.couponId,
    });
  });
}

export async function listCoupons(db: Knex, tenantId: string): Promise<Coupon[]> {
  return withTenant(db, tenantId, async (trx) =>
    (await trx<CouponRow>('coupons').orderBy('created_at', 'desc')).map(toCouponView),
  );
}
