import { v7 as uuidv7 } from 'uuid';
import type { Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { couponProblem, type CouponRow } from '../selling/coupons';

/**
 * Holds stock for a checkout. Each line is one conditional UPDATE (`stock - reserved >= qty`),
 * and the table's check constraint `reserved <= stock` backs it: however many checkouts race
 * for the last units, no more are held than exist. Lines are taken in variant order so two
 * checkouts never deadlock on each other's rows.
 */
export async function reserveStock(
  trx: Knex.Transaction,
  tenantId: string,
  checkoutId: string,
  lines: { variantId: string; quantity: number }[],
): Promise<void> {
  const sorted = [...lines].sort((a, b) => a.variantId.localeCompare(b.variantId));
  for (const line of sorted) {
    const updated = await trx('product_variants')
      .where({ id: line.variantId })
      .whereRaw('stock - reserved >= ?', [line.quantity])
      .increment('reserved', line.quantity);
    if (updated === 0) {
      const row = await trx('product_variants')
        .where({ id: line.variantId })
        .first<{ available: number } | undefined>(trx.raw('(stock - reserved) as available'));
      const available = Math.max(Number(row?.available ?? 0), 0);
      throw new AppError('INSUFFICIENT_STOCK', `Only ${available} available`, {
        fields: { [`lines.${lines.indexOf(line)}.quantity`]: `only ${available} available` },
      });
    }
    await trx('stock_reservations').insert({
      id: uuidv7(),
      tenant_id: tenantId,
      checkout_session_id: checkoutId,
      variant_id: line.variantId,
      quantity: line.quantity,
    });
  }
}

/** Counts a coupon use for the checkout; the usage limit holds under any concurrency. */
export async function redeemCoupon(
  trx: Knex.Transaction,
  input: {
    tenantId: string;
    checkoutId: string;
    coupon: CouponRow;
    email: string;
    subtotal: number;
  },
): Promise<void> {
  // The coupon row lock serialises redemptions of one code, so a per-customer limit holds too.
  await trx('coupons').where({ id: input.coupon.id }).forUpdate().first();
  const problem = await couponProblem(trx, input.coupon, input.subtotal, input.email);
  const usedUp = () =>
    new AppError('COUPON_NOT_APPLICABLE', problem ?? 'This code has been used up', {
      fields: { code: problem ?? 'This code has been used up' },
    });
  if (problem) throw usedUp();
  const updated = await trx('coupons')
    .where({ id: input.coupon.id })
    .where((query) => void query.whereNull('usage_limit').orWhereRaw('used_count < usage_limit'))
    .increment('used_count', 1);
  if (updated === 0) throw usedUp();
  await trx('coupon_redemptions').insert({
    id: uuidv7(),
    tenant_id: input.tenantId,
    coupon_id: input.coupon.id,
    checkout_session_id: input.checkoutId,
    customer_email: input.email.toLowerCase(),
  });
}

/** Gives back what a checkout held: its stock and its coupon use. Idempotent. */
export async function releaseHolds(trx: Knex.Transaction, checkoutId: string): Promise<void> {
  const held = await trx('stock_reservations')
    .where({ checkout_session_id: checkoutId, state: 'held' })
    .forUpdate()
    .select<{ id: string; variant_id: string; quantity: number }[]>('id', 'variant_id', 'quantity');
  for (const reservation of held.sort((a, b) => a.variant_id.localeCompare(b.variant_id))) {
    await trx('product_variants')
      .where({ id: reservation.variant_id })
      .decrement('reserved', reservation.quantity);
    await trx('stock_reservations').where({ id: reservation.id }).update({ state: 'released' });
  }
  const redemptions = await trx('coupon_redemptions')
    .where({ checkout_session_id: checkoutId, released: false })
    .forUpdate()
    .select<{ id: string; coupon_id: string }[]>('id', 'coupon_id');
  for (const redemption of redemptions) {
    await trx('coupons').where({ id: redemption.coupon_id }).decrement('used_count', 1);
    await trx('coupon_redemptions').where({ id: redemption.id }).update({ released: true });
  }
}

/**
 * Turns held stock into sold stock once payment is confirmed: stock and reserved both drop by
 * the quantity, so each paid order decrements stock exactly once. Returns the lines whose hold
 * had already been released (payment after expiry) and could not be taken again.
 */
export async function consumeHolds(trx: Knex.Transaction, checkoutId: string): Promise<string[]> {
  const reservations = await trx('stock_reservations')
    .where({ checkout_session_id: checkoutId })
    .forUpdate()
    .select<{ id: string; variant_id: string; quantity: number; state: string }[]>(
      'id',
      'variant_id',
      'quantity',
      'state',
    );
  const short: string[] = [];
  for (const reservation of reservations.sort((a, b) => a.variant_id.localeCompare(b.variant_id))) {
    if (reservation.state === 'consumed') continue;
    if (reservation.state === 'held') {
      await trx('product_variants')
        .where({ id: reservation.variant_id })
        .update({
          stock: trx.raw('stock - ?', [reservation.quantity]),
          reserved: trx.raw('reserved - ?', [reservation.quantity]),
        });
    } else {
      // Released after the checkout expired: take the units again if they are still there.
      const taken = await trx('product_variants')
        .where({ id: reservation.variant_id })
        .whereRaw('stock - reserved >= ?', [reservation.quantity])
        .decrement('stock', reservation.quantity);
      if (taken === 0) {
        short.push(reservation.variant_id);
        continue;
      }
    }
    await trx('stock_reservations').where({ id: reservation.id }).update({ state: 'consumed' });
  }
  return short;
}
