import type { StoreSettings } from '@mpb/contracts';
import { dictionaries } from './i18n';
import {
  checkLocaleDraft,
  draftFromSettings,
  localeServerErrors,
  newCurrencyRow,
  rateExample,
  toggleLanguage,
  type LocaleDraft,
} from './locale-settings-form';

const t = dictionaries.en;
const m = t.manage.settings.locales;
const store = { defaultLanguage: 'pt-BR', currency: 'BRL' };
const settings: StoreSettings = {
  pricesIncludeTax: false,
  supportEmail: null,
  payments: { provider: 'stripe', connected: false, chargesEnabled: false },
  currency: 'BRL',
  defaultLanguage: 'pt-BR',
  languages: ['pt-BR', 'es'],
  displayCurrencies: [{ currency: 'EUR', rate: '0.17', rounding: 'whole' }],
};
const row = (currency: string, rate: string, rounding = 'none' as const) => ({
  key: currency,
  currency,
  rate,
  rounding,
});

describe('the languages and currencies form', () => {
  it('starts from the saved settings', () => {
    expect(draftFromSettings(settings)).toEqual({
      languages: ['pt-BR', 'es'],
      currencies: [expect.objectContaining({ currency: 'EUR', rate: '0.17', rounding: 'whole' })],
    });
  });

  it('keeps languages in the platform’s order', () => {
    const draft: LocaleDraft = { languages: ['pt-BR'], currencies: [] };
    expect(toggleLanguage(toggleLanguage(draft, 'es', true), 'en', true).languages).toEqual([
      'pt-BR',
      'en',
      'es',
    ]);
    expect(toggleLanguage({ ...draft, languages: ['pt-BR', 'es'] }, 'es', false).languages).toEqual(
      ['pt-BR'],
    );
  });

  it('adds a currency the store does not use or list yet', () => {
    expect(newCurrencyRow({ languages: [], currencies: [] }, 'BRL').currency).toBe('USD');
    expect(newCurrencyRow({ languages: [], currencies: [row('USD', '1')] }, 'EUR').currency).toBe(
      'AED',
    );
    expect(newCurrencyRow({ languages: [], currencies: [] }, 'USD').currency).toBe('EUR');
  });

  it('sends rates typed with a comma as decimals, and the whole list', () => {
    const checked = checkLocaleDraft(
      { languages: ['pt-BR', 'es'], currencies: [row('EUR', ' 0,170 '), row('JPY', '27')] },
      store,
      t,
    );
    expect(checked).toEqual({
      ok: true,
      body: {
        languages: ['pt-BR', 'es'],
        displayCurrencies: [
          { currency: 'EUR', rate: '0.17', rounding: 'none' },
          { currency: 'JPY', rate: '27', rounding: 'none' },
        ],
      },
    });
  });

  it('refuses what the server would, under the field at fault, in the merchant’s words', () => {
    const checked = checkLocaleDraft(
      {
        languages: ['es'],
        currencies: [row('EUR', 'abc'), row('BRL', '1'), row('USD', '0')],
      },
      store,
      t,
    );
    expect(checked).toEqual({
      ok: false,
      errors: {
        languages: m.defaultRequired('Português (Brasil)'),
        'displayCurrencies.0.rate': m.rateInvalid,
        'displayCurrencies.1.currency': m.ownCurrency,
        'displayCurrencies.2.rate': m.rateInvalid,
      },
    });
  });

  it('refuses a currency listed twice', () => {
    const checked = checkLocaleDraft(
      { languages: ['pt-BR'], currencies: [row('EUR', '0.17'), row('EUR', '0.18')] },
      store,
      t,
    );
    expect(checked).toEqual({ ok: false, errors: { 'displayCurrencies.1.currency': m.repeated } });
  });

  it('words the server’s refusals like its own', () => {
    expect(
      localeServerErrors(
        {
          languages: 'must include the store’s default language, pt-BR',
          'displayCurrencies.0.currency':
            'is the store’s own currency: prices are already shown in it',
          'displayCurrencies.1.rate': 'must be greater than zero',
        },
        store,
        t,
      ),
    ).toEqual({
      languages: m.defaultRequired('Português (Brasil)'),
      'displayCurrencies.0.currency': m.ownCurrency,
      'displayCurrencies.1.rate': m.rateInvalid,
    });
  });

  it('shows what a rate does to 100 of the store’s currency', () => {
    expect(rateExample(row('EUR', '0,17'), 'BRL', 'en')).toEqual({
      from: 'R$100.00',
      to: '€17.00',
    });
    expect(rateExample({ ...row('USD', '0.173'), rounding: 'whole' }, 'BRL', 'en')).toEqual({
      from: 'R$100.00',
      to: '$17.00',
    });
    expect(rateExample(row('KWD', '0.0561'), 'BRL', 'en')?.to).toBe('KWD\u00a05.610');
    expect(rateExample(row('EUR', ''), 'BRL', 'en')).toBeUndefined();
    expect(rateExample(row('EUR', '-1'), 'BRL', 'en')).toBeUndefined();
  });
});
