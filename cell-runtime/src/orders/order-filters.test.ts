import { adminOrderQuerySchema } from '@mpb/contracts';
import { encodeCursor } from '@mpb/db';
import { AppError } from '@mpb/http';
import { toOrderListFilter } from './order-filters';

const filterOf = (query: Record<string, string>) =>
  toOrderListFilter(adminOrderQuerySchema.parse(query));

describe('the staff order list filter', () => {
  it('reads an order number, with or without #, and always matches the email too', () => {
    expect(filterOf({ q: '#1042' })).toMatchObject({ number: 1042, emailContains: '#1042' });
    expect(filterOf({ q: '1042' })).toMatchObject({ number: 1042, emailContains: '1042' });
    const email = filterOf({ q: 'Ana@Example' });
    expect(email.number).toBeUndefined();
    expect(email.emailContains).toBe('ana@example');
  });

  it('takes a date-only `to` as the whole of that day', () => {
    expect(filterOf({ from: '2025-03-01', to: '2025-03-01' })).toMatchObject({
      from: new Date('2025-03-01T00:00:00Z'),
      to: new Date('2025-03-02T00:00:00Z'),
    });
    expect(filterOf({ to: '2025-03-01T12:00:00-03:00' }).to).toEqual(
      new Date('2025-03-01T15:00:00Z'),
    );
  });

  it('refuses a range that ends before it starts, and a foreign cursor', () => {
    expect(() => filterOf({ from: '2025-03-02', to: '2025-03-01' })).toThrow(AppError);
    expect(() => filterOf({ cursor: 'garbage' })).toThrow(AppError);
    const cursor = encodeCursor({
      createdAt: '2025-03-01T00:00:00.000Z',
      id: '0190c0de-0000-7000-8000-000000000000',
    });
    expect(filterOf({ cursor }).after).toEqual({
      createdAt: '2025-03-01T00:00:00.000Z',
      id: '0190c0de-0000-7000-8000-000000000000',
    });
  });
});
