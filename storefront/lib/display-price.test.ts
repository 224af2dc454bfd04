import { getMessages } from './i18n';
import { chargeNotice, toDisplayMoney } from './display-price';

const nbsp = '\u00a0';
const eur = { currency: 'EUR', rate: '0.17', rounding: 'none' as const };
const brl = (amountMinor: number) => ({ amountMinor, currency: 'BRL' });

describe('toDisplayMoney', () => {
  it('converts at the store’s rate, exactly in minor units', () => {
    expect(toDisplayMoney(brl(12990), eur)).toEqual({ amountMinor: 2208, currency: 'EUR' });
    expect(toDisplayMoney(brl(12990), { currency: 'JPY', rate: '27.5', rounding: 'none' })).toEqual(
      { amountMinor: 3572, currency: 'JPY' },
    );
  });

  it('has nothing to show without a display currency, or in the store’s own', () => {
    expect(toDisplayMoney(brl(12990), null)).toBeUndefined();
    expect(toDisplayMoney(brl(12990), { ...eur, currency: 'BRL' })).toBeUndefined();
  });
});

describe('chargeNotice', () => {
  it('says what is charged, in which currency, and that the rest is approximate', () => {
    expect(chargeNotice(brl(15000), eur, 'es', getMessages('es'))).toEqual({
      charged: `Se te cobrará 150,00${nbsp}BRL.`,
      note: 'Los precios en EUR son aproximados, convertidos al cambio de la tienda. Pagas en BRL.',
    });
  });

  it('says nothing when prices are in the store’s currency only', () => {
    expect(chargeNotice(brl(15000), null, 'en', getMessages('en'))).toBeUndefined();
  });
});
