import {
  bucketLabel,
  formatRate,
  isDashboardPeriod,
  localDay,
  periodQuery,
} from './dashboard-period';

describe('periodQuery', () => {
  const now = new Date(2025, 2, 5, 15, 30); // 5 March 2025, local time

  it('counts today as the last day of the period', () => {
    expect(periodQuery('7d', now)).toEqual({
      from: '2025-02-27',
      to: '2025-03-05',
      granularity: 'day',
    });
    expect(periodQuery('30d', now)).toEqual({
      from: '2025-02-04',
      to: '2025-03-05',
      granularity: 'day',
    });
  });

  it('sums long periods by week or month', () => {
    expect(periodQuery('90d', now).granularity).toBe('week');
    expect(periodQuery('365d', now)).toMatchObject({ from: '2024-03-06', granularity: 'month' });
  });
});

describe('the period in the URL', () => {
  it('accepts only the periods offered', () => {
    expect(isDashboardPeriod('30d')).toBe(true);
    expect(isDashboardPeriod('31d')).toBe(false);
    expect(isDashboardPeriod(undefined)).toBe(false);
  });
});

describe('labels', () => {
  it('writes a day in the local calendar', () => {
    expect(localDay(new Date(2025, 0, 9))).toBe('2025-01-09');
  });

  it('names a bucket in the UI language, whatever the time zone', () => {
    expect(bucketLabel('2025-03-01', 'day', 'en')).toBe('Mar 1');
    expect(bucketLabel('2025-03-01', 'day', 'pt-BR')).toMatch(/^1 de mar/);
    expect(bucketLabel('2025-03-01', 'month', 'en')).toBe('Mar 25');
  });

  it('shows a conversion rate as a percentage, or a dash without sessions', () => {
    expect(formatRate(0.025, 'en')).toBe('2.5%');
    expect(formatRate(0.025, 'pt-BR')).toMatch(/^2,5\s?%$/);
    expect(formatRate(null, 'en')).toBe('—');
  });
});
