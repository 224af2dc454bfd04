import { formatMoney, parseMoney } from './money';

describe('parseMoney', () => {
  it.each([
    ['19,90', 'BRL', 1990],
    ['19.90', 'BRL', 1990],
    ['19.9', 'BRL', 1990],
    ['19', 'BRL', 1900],
    [' 0,05 ', 'BRL', 5],
    ['1.234,56', 'BRL', 123456],
    ['1,234.56', 'USD', 123456],
    ['1.234.567', 'EUR', 123456700],
    ['0', 'USD', 0],
    ['1500', 'JPY', 1500],
    ['1,500', 'JPY', 1500],
    ['2500', 'CLP', 2500],
  ])('reads %p in %s as %p minor units', (input, currency, minor) => {
    expect(parseMoney(input, currency)).toEqual({ ok: true, minor });
  });

  it.each([
    ['', 'BRL', 'empty'],
    ['   ', 'BRL', 'empty'],
    ['-5', 'BRL', 'negative'],
    ['−5', 'BRL', 'negative'],
    ['abc', 'BRL', 'invalid'],
    ['19,9O', 'BRL', 'invalid'],
    ['1e3', 'USD', 'invalid'],
    ['1.234.56', 'BRL', 'invalid'],
    ['R$ 10', 'BRL', 'invalid'],
    ['19.999', 'BRL', 'too-many-decimals'],
    ['19.5', 'JPY', 'too-many-decimals'],
    ['1000000000.01', 'USD', 'too-large'],
    ['99999999999999999999', 'USD', 'too-large'],
  ])('refuses %p in %s (%s)', (input, currency, reason) => {
    const result = parseMoney(input, currency);
    expect(result).toMatchObject({ ok: false, reason });
  });

  it('tells how many decimals the currency allows', () => {
    expect(parseMoney('1.5', 'JPY')).toEqual({
      ok: false,
      reason: 'too-many-decimals',
      maxDecimals: 0,
    });
    expect(parseMoney('1.555', 'BRL')).toEqual({
      ok: false,
      reason: 'too-many-decimals',
      maxDecimals: 2,
    });
  });

  it('accepts the largest amount the API accepts', () => {
    expect(parseMoney('1000000000', 'USD')).toEqual({ ok: true, minor: 100_000_000_000 });
  });
});

describe('formatMoney', () => {
  // Intl separates the symbol with a no-break space; compare on plain spaces.
  const plain = (text: string) => text.replace(/\s/g, ' ');

  it('formats minor units in the currency and language', () => {
    expect(plain(formatMoney(1990, 'BRL', 'pt-BR'))).toBe('R$ 19,90');
    expect(formatMoney(1990, 'USD', 'en')).toBe('$19.90');
  });

  it('shows no decimals for JPY', () => {
    expect(formatMoney(1500, 'JPY', 'en')).toBe('¥1,500');
  });
});
