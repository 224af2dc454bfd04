import {
  apiFilterParams,
  hasActiveFilters,
  isFilterableOption,
  listingQuery,
  optionsParam,
  readCursor,
  readListingFilters,
  withQuery,
  type SearchParams,
} from './listing-filters';

function params(query: string): SearchParams {
  const out: SearchParams = {};
  for (const [key, value] of new URLSearchParams(query)) {
    const current = out[key];
    out[key] =
      current === undefined ? value : [...(Array.isArray(current) ? current : [current]), value];
  }
  return out;
}

describe('readListingFilters', () => {
  it('reads every filter from the page query, prices in major units', () => {
    const filters = readListingFilters(
      params(
        'tag=Summer&min=10&max=49.90&opt.size=M&opt.size=L&opt.colour=blue&stock=1&sort=price_asc',
      ),
      'BRL',
    );
    expect(filters).toEqual({
      tag: 'summer',
      minPrice: 1000,
      maxPrice: 4990,
      options: { colour: ['blue'], size: ['M', 'L'] },
      inStock: true,
      sort: 'price_asc',
    });
    expect(hasActiveFilters(filters)).toBe(true);
  });

  it('reads prices with the currency’s own decimals', () => {
    expect(readListingFilters(params('min=1500'), 'JPY').minPrice).toBe(1500);
    expect(readListingFilters(params('min=15.5'), 'JPY').minPrice).toBeUndefined();
    expect(readListingFilters(params('min=15,5'), 'BRL').minPrice).toBe(1550);
  });

  it('drops what is malformed instead of sending it on', () => {
    const filters = readListingFilters(
      params(
        `min=-1&max=abc&sort=random&stock=yes&tag=${'x'.repeat(41)}&opt.a%3Ab=1&opt.size=M%2CL`,
      ),
      'USD',
    );
    expect(filters).toEqual({ options: {}, inStock: false });
    expect(hasActiveFilters(filters)).toBe(false);
  });

  it('accepts only the sorts the page offers', () => {
    expect(readListingFilters(params('sort=manual'), 'USD', ['newest']).sort).toBeUndefined();
    expect(readListingFilters(params('sort=manual'), 'USD').sort).toBe('manual');
  });
});

describe('listingQuery', () => {
  it('is the inverse of readListingFilters', () => {
    const query = 'tag=summer&min=10.00&max=49.90&opt.size=M&opt.size=L&stock=1&sort=price_desc';
    const filters = readListingFilters(params(query), 'BRL');
    const again = readListingFilters(params(listingQuery(filters, 'BRL').toString()), 'BRL');
    expect(again).toEqual(filters);
  });

  it('adds the search query and the cursor when given', () => {
    const query = listingQuery({ options: {}, inStock: true }, 'USD', { q: 'mug', cursor: 'abc' });
    expect(query.toString()).toBe('q=mug&stock=1&cursor=abc');
    expect(withQuery('/search', query)).toBe('/search?q=mug&stock=1&cursor=abc');
    expect(withQuery('/collections/x', new URLSearchParams())).toBe('/collections/x');
  });
});

describe('apiFilterParams', () => {
  it('speaks the API’s parameter names, in minor units', () => {
    expect(
      apiFilterParams({
        tag: 'summer',
        minPrice: 1000,
        maxPrice: 4990,
        options: { size: ['M', 'L'], colour: ['blue'] },
        inStock: true,
        sort: 'newest',
      }),
    ).toEqual({
      tag: 'summer',
      minPrice: '1000',
      maxPrice: '4990',
      options: 'size:M,L;colour:blue',
      inStock: 'true',
    });
    expect(apiFilterParams({ options: {}, inStock: false })).toEqual({});
  });

  it('keeps the options parameter within the API’s 400 characters', () => {
    const options = Object.fromEntries(
      ['a', 'b', 'c', 'd', 'e'].map((axis) => [axis, [axis.repeat(80), `${axis}2`.repeat(30)]]),
    );
    expect(optionsParam(options)!.length).toBeLessThanOrEqual(400);
  });

  it('cannot express names with the syntax’s own separators', () => {
    expect(isFilterableOption('Size')).toBe(true);
    expect(isFilterableOption('a:b')).toBe(false);
    expect(isFilterableOption('Red, dark')).toBe(false);
  });
});

describe('readCursor', () => {
  it('keeps cursors the API could have issued and drops the rest', () => {
    expect(readCursor('WyJuZXdlc3QiLDEsImlkIl0')).toBe('WyJuZXdlc3QiLDEsImlkIl0');
    expect(readCursor(['abc', 'def'])).toBe('abc');
    expect(readCursor('a'.repeat(201))).toBeUndefined();
    expect(readCursor('<script>')).toBeUndefined();
    expect(readCursor(undefined)).toBeUndefined();
  });
});
