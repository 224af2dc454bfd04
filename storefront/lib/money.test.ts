import { currencyExponent, formatMoney, parseMajorAmount, toDecimalString } from './money';

// Intl separates the symbol with a no-break space in some locales; spell it out to be exact.
const nbsp = '\u00a0';

describe('formatMoney', () => {
  it.each([
    ['pt-BR', 'BRL', 123456, `R$${nbsp}1.234,56`],
    ['en', 'BRL', 123456, 'R$1,234.56'],
    ['es', 'BRL', 123456, `1234,56${nbsp}BRL`],
    ['pt-BR', 'USD', 1999, `US$${nbsp}19,99`],
    ['en', 'USD', 1999, '$19.99'],
    ['es', 'USD', 1999, `19,99${nbsp}US$`],
    ['pt-BR', 'JPY', 123456, `JP¥${nbsp}123.456`],
    ['en', 'JPY', 123456, '¥123,456'],
    ['es', 'JPY', 123456, `123.456${nbsp}JPY`],
  ] as const)('formats %s %s %i as %s', (language, currency, amountMinor, expected) => {
    expect(formatMoney({ amountMinor, currency }, language)).toBe(expected);
  });

  it('treats JPY amounts as whole yen, not hundredths', () => {
    expect(formatMoney({ amountMinor: 1500, currency: 'JPY' }, 'en')).toBe('¥1,500');
  });

  it('keeps the minor digits of small and round amounts', () => {
    expect(formatMoney({ amountMinor: 5, currency: 'USD' }, 'en')).toBe('$0.05');
    expect(formatMoney({ amountMinor: 1000, currency: 'BRL' }, 'pt-BR')).toBe(`R$${nbsp}10,00`);
  });

  it('uses our exponent for zero-decimal currencies Intl might treat otherwise', () => {
    // CLP has 0 minor units in our table: 1500 minor units are 1,500 pesos.
    expect(formatMoney({ amountMinor: 1500, currency: 'CLP' }, 'en')).toBe(`CLP${nbsp}1,500`);
  });

  it('falls back to Intl for a valid currency missing from our table', () => {
    expect(formatMoney({ amountMinor: 1234, currency: 'SEK' }, 'en')).toBe(`SEK${nbsp}12.34`);
  });

  it('shows the raw amount instead of throwing on a malformed currency code', () => {
    expect(formatMoney({ amountMinor: 1234, currency: 'US' }, 'en')).toBe('1234 US');
  });
});

describe('toDecimalString', () => {
  it.each([
    [1999, 'USD', '19.99'],
    [5, 'USD', '0.05'],
    [0, 'BRL', '0.00'],
    [100000000, 'BRL', '1000000.00'],
    [1500, 'JPY', '1500'],
    [1500, 'CLP', '1500'],
  ] as const)('writes %i %s as %s', (amountMinor, currency, expected) => {
    expect(toDecimalString({ amountMinor, currency })).toBe(expected);
  });
});

describe('parseMajorAmount', () => {
  it.each([
    ['49.90', 'BRL', 4990],
    ['49,9', 'BRL', 4990],
    ['10', 'USD', 1000],
    [' 7 ', 'USD', 700],
    ['1500', 'JPY', 1500],
  ] as const)('reads %p %s as %i minor units', (text, currency, expected) => {
    expect(parseMajorAmount(text, currency)).toBe(expected);
  });

  it.each([['-1'], ['1.999'], ['abc'], [''], ['1e3'], ['1.5.0']])('refuses %p', (text) => {
    expect(parseMajorAmount(text, 'USD')).toBeUndefined();
  });

  it('refuses decimals a currency does not have', () => {
    expect(parseMajorAmount('15.5', 'JPY')).toBeUndefined();
    expect(currencyExponent('JPY')).toBe(0);
    expect(currencyExponent('BRL')).toBe(2);
  });
});
