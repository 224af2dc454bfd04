import { adminOrderQuerySchema } from '@mpb/contracts';
import { apiQuery, filtersFromSearch, searchFromFilters } from './list-filters';

const { status, q, from, to } = adminOrderQuerySchema.shape;
const fields = { status, q, from, to };

describe('filtersFromSearch', () => {
  it('reads the known filters the API would accept', () => {
    expect(filtersFromSearch('?status=paid&q=%231042&from=2025-01-01', fields)).toEqual({
      status: 'paid',
      q: '#1042',
      from: '2025-01-01',
    });
  });

  it('drops unknown keys, empty values and values the API would refuse', () => {
    expect(
      filtersFromSearch('status=lost&from=yesterday&q=&limit=5&to=2025-02-30T00:00:00Z', fields),
    ).toEqual({});
  });

  it('accepts URLSearchParams as well as a string', () => {
    expect(filtersFromSearch(new URLSearchParams({ status: 'shipped' }), fields)).toEqual({
      status: 'shipped',
    });
  });
});

describe('searchFromFilters', () => {
  it('writes sorted keys without empty values, so equal filters give equal URLs', () => {
    expect(searchFromFilters({ to: '2025-01-31', status: 'paid', q: ' ' })).toBe(
      '?status=paid&to=2025-01-31',
    );
    expect(searchFromFilters({ status: 'paid', to: '2025-01-31' })).toBe(
      searchFromFilters({ to: '2025-01-31', status: 'paid' }),
    );
  });

  it('is empty without filters', () => {
    expect(searchFromFilters({})).toBe('');
  });

  it('round-trips through filtersFromSearch', () => {
    const filters = { q: 'ana@example.com', status: 'refunded', from: '2025-03-01' };
    expect(filtersFromSearch(searchFromFilters(filters), fields)).toEqual(filters);
  });
});

describe('apiQuery', () => {
  it('adds paging numbers and escapes values', () => {
    expect(apiQuery({ limit: 25, cursor: 'a b&c', status: undefined })).toBe(
      '?cursor=a+b%26c&limit=25',
    );
  });
});
