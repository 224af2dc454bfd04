import { convertMinorUnits, type DisplayRate } from './convert-money';

const to = (currency: string, rate: string, rounding: DisplayRate['rounding'] = 'none') => ({
  currency,
  rate,
  rounding,
});

describe('convertMinorUnits', () => {
  it.each([
    // amount, from, to, rate, expected (minor units of the target)
    [10_000, 'BRL', 'EUR', '0.17', 1_700], // R$ 100,00 → € 17,00
    [1_999, 'BRL', 'EUR', '0.1712', 342], // 3.422888 → 3.42
    [1_999, 'USD', 'JPY', '151.5', 3_028], // 3028.485 yen: no decimals
    [1_000, 'USD', 'KWD', '0.307', 3_070], // 3.070 dinars: three decimals
    [1_500, 'JPY', 'USD', '0.0066', 990], // ¥1,500 → $9.90
    [1_500, 'CLP', 'BRL', '0.0058', 870], // a store currency without decimals
    [100, 'USD', 'EUR', '0.29', 29], // 100 × 0.29 is 28.999… in floating point
    [0, 'BRL', 'EUR', '0.17', 0],
  ])('%i %s in %s at %s is %i', (amount, from, currency, rate, expected) => {
    expect(convertMinorUnits(amount, from, to(currency, rate))).toBe(expected);
  });

  it('rounds halves of a minor unit up, and anything less down', () => {
    expect(convertMinorUnits(1, 'USD', to('EUR', '0.5'))).toBe(1);
    expect(convertMinorUnits(1, 'USD', to('EUR', '0.49999999'))).toBe(0);
    expect(convertMinorUnits(3, 'USD', to('EUR', '0.5'))).toBe(2); // 1.5 → 2
  });

  it('rounds to the nearest whole unit when asked', () => {
    expect(convertMinorUnits(1_999, 'BRL', to('EUR', '0.17', 'whole'))).toBe(300); // 3.3983
    expect(convertMinorUnits(1_500, 'USD', to('EUR', '1', 'whole'))).toBe(1_500);
  });

  it('rounds whole halves up and keeps exact whole amounts', () => {
    expect(convertMinorUnits(250, 'USD', to('EUR', '1', 'whole'))).toBe(300); // 2.50 → 3
    expect(convertMinorUnits(249, 'USD', to('EUR', '1', 'whole'))).toBe(200); // 2.49 → 2
    expect(convertMinorUnits(1_700, 'USD', to('EUR', '1', 'whole'))).toBe(1_700);
    expect(convertMinorUnits(1_001, 'USD', to('KWD', '1', 'whole'))).toBe(10_000); // 10.010 → 10
    expect(convertMinorUnits(1_999, 'USD', to('JPY', '151.5', 'whole'))).toBe(3_028);
  });

  it('goes up to the next price ending in .99', () => {
    expect(convertMinorUnits(10_000, 'BRL', to('EUR', '0.17', 'ninety_nine'))).toBe(1_799);
    expect(convertMinorUnits(1_799, 'USD', to('EUR', '1', 'ninety_nine'))).toBe(1_799);
    expect(convertMinorUnits(1_800, 'USD', to('EUR', '1', 'ninety_nine'))).toBe(1_899);
    expect(convertMinorUnits(1, 'USD', to('EUR', '1', 'ninety_nine'))).toBe(99);
    expect(convertMinorUnits(1_000, 'USD', to('KWD', '0.307', 'ninety_nine'))).toBe(3_990);
    // A free item stays free.
    expect(convertMinorUnits(0, 'USD', to('EUR', '1', 'ninety_nine'))).toBe(0);
  });

  it('rounds to whole units where .99 cannot exist', () => {
    expect(convertMinorUnits(1_999, 'USD', to('JPY', '151.5', 'ninety_nine'))).toBe(3_028);
  });

  it('stays exact for the largest amounts the API accepts', () => {
    expect(convertMinorUnits(100_000_000_000, 'BRL', to('EUR', '0.17'))).toBe(17_000_000_000);
    expect(convertMinorUnits(100_000_000_000, 'USD', to('EUR', '0.07'))).toBe(7_000_000_000);
    expect(convertMinorUnits(99_999_999_999, 'BRL', to('USD', '0.19999999'))).toBe(19_999_999_000);
    expect(convertMinorUnits(100_000_000_000, 'USD', to('JPY', '9999999.99999999'))).toBe(
      undefined,
    );
    expect(convertMinorUnits(100_000_000_000, 'JPY', to('USD', '0.00000001'))).toBe(100_000);
  });

  it('keeps the sign of a negative amount', () => {
    expect(convertMinorUnits(-1_999, 'BRL', to('EUR', '0.17'))).toBe(-340);
  });

  it('refuses what it cannot convert exactly', () => {
    expect(convertMinorUnits(100, 'XXX', to('EUR', '1'))).toBeUndefined();
    expect(convertMinorUnits(100, 'USD', to('XXX', '1'))).toBeUndefined();
    expect(convertMinorUnits(100, 'USD', to('EUR', '0'))).toBeUndefined();
    expect(convertMinorUnits(100, 'USD', to('EUR', '1e3'))).toBeUndefined();
    expect(convertMinorUnits(100, 'USD', to('EUR', '-1'))).toBeUndefined();
    expect(convertMinorUnits(1.5, 'USD', to('EUR', '1'))).toBeUndefined();
    expect(convertMinorUnits(Number.MAX_SAFE_INTEGER + 2, 'USD', to('EUR', '1'))).toBeUndefined();
  });
});
