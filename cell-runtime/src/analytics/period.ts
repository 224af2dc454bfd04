import { maxAnalyticsRangeDays, type analyticsGranularities } from '@mpb/contracts';
import { AppError } from '@mpb/http';

export type Granularity = (typeof analyticsGranularities)[number];

const dayMs = 86_400_000;

/** Today's date (`YYYY-MM-DD`) on the calendar of `timeZone`. */
export function todayIn(timeZone: string, now = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

/** Days from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

/**
 * The period a summary covers: `to` defaults to today and `from` to 29 days before `to` (30
 * days in all). An inverted or longer than 366-day period is a 400 naming the field given
 * (`to` when both are).
 */
export function resolvePeriod(
  query: { from?: string | undefined; to?: string | undefined },
  today: string,
): { from: string; to: string } {
  const to = query.to ?? today;
  const from = query.from ?? addDays(to, -29);
  const field = query.to ? 'to' : 'from';
  if (from > to) throw AppError.validation({ [field]: 'must not be before from' });
  if (daysBetween(from, to).length > maxAnalyticsRangeDays) {
    throw AppError.validation({
      [field]: `the period must be at most ${maxAnalyticsRangeDays} days, both ends included`,
    });
  }
  return { from, to };
}

/** The first day of the bucket a day falls in: itself, its ISO week's Monday, or its month's 1st. */
export function bucketOf(day: string, granularity: Granularity): string {
  if (granularity === 'day') return day;
  if (granularity === 'month') return `${day.slice(0, 7)}-01`;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 is Sunday
  return addDays(day, -((weekday + 6) % 7));
}
