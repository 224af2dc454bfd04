import type { Knex } from '@mpb/db';

export interface Period {
  from: string;
  to: string;
  timeZone: string;
  currency: string;
}

export interface OrderDay {
  day: string;
  orders: number;
  sales: number;
  refunded: number;
}

export interface TopProduct {
  productId: string | null;
  title: string;
  quantity: number;
  revenue: number;
}

// Orders paid from the period's first midnight to the midnight after its last day, on the
// store's clock, in its currency (a store that changed currency keeps its old orders out of
// sums that would mix two).
const paidInPeriod = `o.paid_at >= (?::date)::timestamp at time zone ?
  and o.paid_at < (?::date + 1)::timestamp at time zone ?
  and o.currency = ?`;
const periodBindings = (period: Period) => [
  period.from,
  period.timeZone,
  period.to,
  period.timeZone,
  period.currency,
];

/** Orders paid per day: how many, their totals and what has been refunded of them. */
export async function ordersByDay(trx: Knex.Transaction, period: Period): Promise<OrderDay[]> {
  const { rows } = await trx.raw<{
    rows: { day: string; orders: number; sales: string; refunded: string }[];
  }>(
    `select to_char((o.paid_at at time zone ?)::date, 'YYYY-MM-DD') as day,
            count(*)::int as orders, sum(o.total) as sales, sum(o.refunded_amount) as refunded
     from orders o where ${paidInPeriod} group by 1`,
    [period.timeZone, ...periodBindings(period)],
  );
  return rows.map((row) => ({
    day: row.day,
    orders: row.orders,
    sales: Number(row.sales),
    refunded: Number(row.refunded),
  }));
}

/** Storefront counters per day and type, sessions included (finished days and today's). */
export async function eventsByDay(
  trx: Knex.Transaction,
  period: Period,
): Promise<{ day: string; type: string; count: number }[]> {
  const { rows } = await trx.raw<{ rows: { day: string; type: string; count: string }[] }>(
    `select to_char(day, 'YYYY-MM-DD') as day, type, count from storefront_event_days
       where day between ?::date and ?::date
     union all
     select to_char(day, 'YYYY-MM-DD'), 'sessions', count(*) from storefront_sessions
       where day between ?::date and ?::date group by day`,
    [period.from, period.to, period.from, period.to],
  );
  return rows.map((row) => ({ day: row.day, type: row.type, count: Number(row.count) }));
}

/**
 * The best sellers of the period by line totals or by units, under the product's current title
 * (the title on its last order when the product is gone).
 */
export async function topProducts(
  trx: Knex.Transaction,
  period: Period,
  by: 'revenue' | 'quantity',
  limit = 10,
): Promise<TopProduct[]> {
  const order = by === 'revenue' ? 'revenue desc, quantity desc' : 'quantity desc, revenue desc';
  const { rows } = await trx.raw<{
    rows: { product_id: string | null; title: string; quantity: number; revenue: string }[];
  }>(
    `select i.product_id,
            coalesce(max(p.title), (array_agg(i.title order by o.paid_at desc))[1]) as title,
            sum(i.quantity)::int as quantity, sum(i.total) as revenue
     from order_items i
     join orders o on o.id = i.order_id
     left join products p on p.id = i.product_id
     where ${paidInPeriod}
     group by i.product_id
     order by ${order}, title
     limit ?`,
    [...periodBindings(period), limit],
  );
  return rows.map((row) => ({
    productId: row.product_id,
    title: row.title,
    quantity: row.quantity,
    revenue: Number(row.revenue),
  }));
}
