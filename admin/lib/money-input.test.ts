import { parseMoney } from './money';
import { minorToInput } from './money-input';

describe('minorToInput', () => {
  it.each([
    [1990, 'BRL', 'pt-BR', '19,90'],
    [1990, 'USD', 'en', '19.90'],
    [123456789, 'EUR', 'es', '1234567,89'],
    [1500, 'JPY', 'en', '1500'],
    [0, 'USD', 'en', '0.00'],
  ])('writes %d %s in %s as %s', (minor, currency, locale, text) => {
    expect(minorToInput(minor, currency, locale)).toBe(text);
  });

  it.each([
    [1990, 'BRL', 'pt-BR'],
    [123456789, 'EUR', 'es'],
    [1500, 'JPY', 'en'],
    [5, 'USD', 'en'],
  ])('reads back to the same amount: %d %s', (minor, currency, locale) => {
    expect(parseMoney(minorToInput(minor, currency, locale), currency)).toEqual({
      ok: true,
      minor,
    });
  });
});
