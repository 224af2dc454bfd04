import type { AnalyticsSummary, AnalyticsSummaryQuery, Currency, Language } from '@mpb/contracts';
import { withTenant, type Knex } from '@mpb/db';
import { currentStore } from '../catalog/store';
import { storeTimeZone } from '../notifications/format';
import { bucketOf, daysBetween, resolvePeriod, todayIn } from './period';
import { eventsByDay, ordersByDay, topProducts, type Period } from './summary-queries';

interface Bucket {
  date: string;
  sales: number;
  orders: number;
  sessions: number;
  pageViews: number;
}

const conversion = (orders: number, sessions: number) =>
  sessions === 0 ? null : Math.round((orders / sessions) * 10_000) / 10_000;

/**
 * The dashboard: sales, orders, average order value, sessions and conversion over a period of
 * the store's calendar days, totalled and per day, week or month, with the best sellers. Money
 * is in minor units of the store's currency; sales count orders when they are paid (refunds
 * are shown apart, against the orders they belong to).
 */
export async function getAnalyticsSummary(
  db: Knex,
  input: { tenantId: string; query: AnalyticsSummaryQuery; now?: Date },
): Promise<AnalyticsSummary> {
  return withTenant(db, input.tenantId, async (trx) => {
    const store = await currentStore(trx);
    const timeZone = storeTimeZone(store.country);
    const { from, to } = resolvePeriod(input.query, todayIn(timeZone, input.now));
    const period: Period = { from, to, timeZone, currency: store.currency };
    // One connection serves the transaction: the queries run one after the other.
    const orders = await ordersByDay(trx, period);
    const events = await eventsByDay(trx, period);
    const byRevenue = await topProducts(trx, period, 'revenue');
    const byQuantity = await topProducts(trx, period, 'quantity');

    const { granularity } = input.query;
    const buckets = new Map<string, Bucket>();
    for (const day of daysBetween(from, to)) {
      const date = bucketOf(day, granularity);
      if (!buckets.has(date))
        buckets.set(date, { date, sales: 0, orders: 0, sessions: 0, pageViews: 0 });
    }
    const bucket = (day: string) => buckets.get(bucketOf(day, granularity))!;
    const counts: Record<string, number> = {};
    let sales = 0;
    let refunded = 0;
    let orderCount = 0;
    for (const row of orders) {
      bucket(row.day).sales += row.sales;
      bucket(row.day).orders += row.orders;
      sales += row.sales;
      refunded += row.refunded;
      orderCount += row.orders;
    }
    for (const row of events) {
      counts[row.type] = (counts[row.type] ?? 0) + row.count;
      if (row.type === 'sessions') bucket(row.day).sessions += row.count;
      if (row.type === 'page_view') bucket(row.day).pageViews += row.count;
    }
    const sessions = counts.sessions ?? 0;
    return {
      from,
      to,
      granularity,
      currency: store.currency as Currency,
      language: store.language as Language,
      timeZone,
      totals: {
        sales,
        refunded,
        netSales: sales - refunded,
        orders: orderCount,
        averageOrderValue: orderCount === 0 ? 0 : Math.round(sales / orderCount),
        sessions,
        conversionRate: conversion(orderCount, sessions),
        pageViews: counts.page_view ?? 0,
        productViews: counts.product_view ?? 0,
        addToCarts: counts.add_to_cart ?? 0,
        checkoutsStarted: counts.checkout_started ?? 0,
      },
      series: [...buckets.values()].map((entry) => ({
        ...entry,
        conversionRate: conversion(entry.orders, entry.sessions),
      })),
      topProducts: { byRevenue, byQuantity },
    };
  });
}
