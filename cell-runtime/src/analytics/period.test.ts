import { AppError } from '@mpb/http';
import { addDays, bucketOf, daysBetween, resolvePeriod, todayIn } from './period';

describe('the period of a summary', () => {
  it('defaults to the 30 days ending today', () => {
    expect(resolvePeriod({}, '2025-03-10')).toEqual({ from: '2025-02-09', to: '2025-03-10' });
    expect(resolvePeriod({ to: '2025-01-30' }, '2025-03-10')).toEqual({
      from: '2025-01-01',
      to: '2025-01-30',
    });
  });

  it('accepts one day and up to 366 days, both ends included', () => {
    expect(resolvePeriod({ from: '2025-01-01', to: '2025-01-01' }, '2025-03-10').from).toBe(
      '2025-01-01',
    );
    expect(resolvePeriod({ from: '2024-01-01', to: '2024-12-31' }, '2025-03-10').to).toBe(
      '2024-12-31',
    );
  });

  it.each([
    [{ from: '2025-02-01', to: '2025-01-31' }, 'to'],
    [{ from: '2025-04-01' }, 'from'],
    [{ from: '2024-01-01', to: '2025-01-01' }, 'to'],
    [{ from: '2020-01-01' }, 'from'],
  ])('refuses %j naming %s', (query, field) => {
    let error: unknown;
    try {
      resolvePeriod(query, '2025-03-10');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    expect(Object.keys((error as AppError).fields ?? {})).toEqual([field]);
  });
});

describe('calendar helpers', () => {
  it('counts days across month and year ends', () => {
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2025-01-30', '2025-02-02')).toEqual([
      '2025-01-30',
      '2025-01-31',
      '2025-02-01',
      '2025-02-02',
    ]);
  });

  it('buckets days into ISO weeks (from Monday) and months', () => {
    expect(bucketOf('2025-03-12', 'day')).toBe('2025-03-12');
    expect(bucketOf('2025-03-12', 'week')).toBe('2025-03-10'); // a Wednesday
    expect(bucketOf('2025-03-16', 'week')).toBe('2025-03-10'); // a Sunday
    expect(bucketOf('2025-03-10', 'week')).toBe('2025-03-10');
    expect(bucketOf('2025-03-31', 'month')).toBe('2025-03-01');
  });

  it('tells today by the store’s clock, not UTC', () => {
    const lateEveningInSaoPaulo = new Date('2025-03-11T01:30:00Z');
    expect(todayIn('America/Sao_Paulo', lateEveningInSaoPaulo)).toBe('2025-03-10');
    expect(todayIn('UTC', lateEveningInSaoPaulo)).toBe('2025-03-11');
  });
});
