/** The periods the dashboard offers, as the URL keeps them (`?period=30d`). */
export const dashboardPeriods = ['7d', '30d', '90d', '365d'] as const;
export type DashboardPeriod = (typeof dashboardPeriods)[number];
export const defaultPeriod: DashboardPeriod = '30d';

const days: Record<DashboardPeriod, number> = { '7d': 7, '30d': 30, '90d': 90, '365d': 365 };

export function isDashboardPeriod(value: unknown): value is DashboardPeriod {
  return typeof value === 'string' && (dashboardPeriods as readonly string[]).includes(value);
}

/** `YYYY-MM-DD` of a date as the calendar shows it where the merchant is. */
export function localDay(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/**
 * The analytics query for a period ending today, both ends included: "7 days" is today and
 * the six before. Long periods are summed by week or month so a chart keeps readable bars.
 */
export function periodQuery(
  period: DashboardPeriod,
  now: Date = new Date(),
): { from: string; to: string; granularity: 'day' | 'week' | 'month' } {
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate() - (days[period] - 1));
  const granularity = period === '365d' ? 'month' : period === '90d' ? 'week' : 'day';
  return { from: localDay(start), to: localDay(now), granularity };
}

/** A bucket's label: its day, or its first day for weeks, or the month, in `locale`. */
export function bucketLabel(
  date: string,
  granularity: 'day' | 'week' | 'month',
  locale: string,
): string {
  const [year, month, day] = date.split('-').map(Number);
  const value = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    granularity === 'month'
      ? { month: 'short', year: '2-digit', timeZone: 'UTC' }
      : { day: 'numeric', month: 'short', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(value);
}

/** A rate from 0 to 1 as a percentage in `locale` ("2.5%"); a dash when there is none. */
export function formatRate(rate: number | null, locale: string): string {
  if (rate === null) return '—';
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(rate);
}
