import { formatMajorUnits, parseMajorUnits, parseWholeNumber } from './money';

describe('prices in files', () => {
  it.each([
    ['19.90', 2, 1990],
    ['19,90', 2, 1990],
    ['19.9', 2, 1990],
    ['20', 2, 2000],
    [' 0.05 ', 2, 5],
    ['1990', 0, 1990],
    ['999999999999.99', 2, 99999999999999],
  ])('reads %s with %i decimals as %i minor units, exactly', (text, exponent, minor) => {
    expect(parseMajorUnits(text, exponent)).toEqual({ ok: true, value: minor });
  });

  it.each([
    ['19.999', 2, 'must have at most 2 decimals'],
    ['100.5', 0, 'must be a whole amount: the store currency has no decimals'],
    ['-1', 2, 'must not be negative'],
    ['1,234.50', 2, 'must be an amount like 19.90'],
    ['abc', 2, 'must be an amount like 19.90'],
    ['', 2, 'must be an amount like 19.90'],
    ['1e3', 0, 'must be an amount like 1990'],
    ['1234567890123', 2, 'is too large'],
  ])('refuses %s with %i decimals: %s', (text, exponent, message) => {
    const parsed = parseMajorUnits(text, exponent);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(message);
  });

  it('formats minor units back in the same notation, so exports re-import unchanged', () => {
    expect(formatMajorUnits(1990, 2)).toBe('19.90');
    expect(formatMajorUnits(5, 2)).toBe('0.05');
    expect(formatMajorUnits(1990, 0)).toBe('1990');
    for (const minor of [0, 1, 99, 100, 123456789]) {
      expect(parseMajorUnits(formatMajorUnits(minor, 2), 2)).toEqual({ ok: true, value: minor });
    }
  });

  it('reads whole numbers and nothing that only looks like one', () => {
    expect(parseWholeNumber(' 12 ')).toEqual({ ok: true, value: 12 });
    expect(parseWholeNumber('-3')).toEqual({ ok: true, value: -3 });
    expect(parseWholeNumber('12.0').ok).toBe(false);
    expect(parseWholeNumber('1e3').ok).toBe(false);
  });
});
