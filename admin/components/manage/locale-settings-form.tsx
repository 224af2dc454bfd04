'use client';

import { useRef, useState, type FormEvent } from 'react';
import {
  currencyRoundings,
  displayCurrencyCodes,
  languages as platformLanguages,
  maxDisplayCurrencies,
  minorUnitsOf,
  type StoreSettings,
} from '@mpb/contracts';
import { isApiError } from '../../lib/api-error';
import { describeApiError, type FieldErrors } from '../../lib/form-errors';
import { languageNames } from '../../lib/i18n';
import {
  checkLocaleDraft,
  draftFromSettings,
  localeServerErrors,
  newCurrencyRow,
  rateExample,
  toggleLanguage,
  type CurrencyRow,
  type LocaleDraft,
} from '../../lib/locale-settings-form';
import { focusFirstInvalid } from '../focus-first-invalid';
import { FormAlert } from '../form-alert';
import { useI18n } from '../i18n-provider';
import { SelectField } from '../select-field';
import { cardClass } from '../styles';
import { TextField } from '../text-field';
import { Button } from '../ui/button';
import { CheckboxField } from '../ui/checkbox-field';
import { useManage } from './manage-provider';
import { Loaded } from './loaded';
import { useLoad } from './use-load';

/**
 * "Languages and currencies": which languages shoppers may pick for the storefront's own text,
 * and extra currencies its prices are also shown in at the merchant's rate (ADR 0021).
 */
export function LocaleSettingsForm() {
  const { api } = useManage();
  const settings = useLoad('settings', (signal) => api.getSettings(signal));
  return (
    <Loaded state={settings}>
      {(data) => <LocaleFields settings={data} onSaved={(next) => settings.setData(() => next)} />}
    </Loaded>
  );
}

function LocaleFields({
  settings,
  onSaved,
}: {
  settings: StoreSettings;
  onSaved: (settings: StoreSettings) => void;
}) {
  const { t, language: uiLanguage } = useI18n();
  const { api, can } = useManage();
  const m = t.manage.settings.locales;
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<LocaleDraft>(() => draftFromSettings(settings));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [isPending, setIsPending] = useState(false);
  const canWrite = can('settings:write');
  const store = { defaultLanguage: settings.defaultLanguage, currency: settings.currency };

  const currencyName = (code: string) => {
    try {
      return new Intl.DisplayNames([uiLanguage], { type: 'currency' }).of(code) ?? code;
    } catch {
      return code;
    }
  };
  const currencyOptions = (row: CurrencyRow) =>
    displayCurrencyCodes
      .filter(
        (code) =>
          code !== settings.currency &&
          (code === row.currency || !draft.currencies.some((other) => other.currency === code)),
      )
      .map((code) => ({ value: code, label: `${code} · ${currencyName(code)}` }));
  const setRow = (index: number, change: Partial<CurrencyRow>) =>
    setDraft({
      ...draft,
      currencies: draft.currencies.map((row, at) => (at === index ? { ...row, ...change } : row)),
    });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice('');
    const checked = checkLocaleDraft(draft, store, t);
    if (!checked.ok) {
      setErrors(checked.errors);
      focusFirstInvalid(formRef.current);
      return;
    }
    setIsPending(true);
    setErrors({});
    setFormError(null);
    try {
      const next = await api.updateSettings(checked.body);
      onSaved(next);
      setDraft(draftFromSettings(next));
      setNotice(t.manage.common.saved);
    } catch (error) {
      if (isApiError(error) && Object.keys(error.fields).length > 0) {
        setErrors(localeServerErrors(error.fields, store, t));
      } else {
        setFormError(describeApiError(error, t));
      }
      focusFirstInvalid(formRef.current);
    } finally {
      setIsPending(false);
    }
  }

  const languagesError =
    errors.languages ?? Object.entries(errors).find(([path]) => path.startsWith('languages.'))?.[1];

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => void submit(event)}
      className={`${cardClass} space-y-6`}
      aria-labelledby="locales-heading"
    >
      <h2 id="locales-heading" className="text-lg font-semibold">
        {m.title}
      </h2>
      <FormAlert message={formError} />
      <fieldset disabled={!canWrite || isPending} className="space-y-6">
        <fieldset
          className="space-y-3"
          aria-describedby={
            languagesError
              ? 'locales-languages-hint locales-languages-error'
              : 'locales-languages-hint'
          }
        >
          <legend className="font-semibold">{m.languages}</legend>
          <p id="locales-languages-hint" className="text-sm text-slate-600">
            {m.languagesHint}
          </p>
          {platformLanguages.map((language) => {
            const isDefault = language === settings.defaultLanguage;
            return (
              <CheckboxField
                key={language}
                name="languages"
                value={language}
                label={isDefault ? m.defaultMark(languageNames[language]) : languageNames[language]}
                lang={language}
                checked={isDefault || draft.languages.includes(language)}
                // The store's language is always offered; it changes with the store's identity.
                disabled={isDefault}
                onChange={(event) =>
                  setDraft(toggleLanguage(draft, language, event.target.checked))
                }
              />
            );
          })}
          {languagesError ? (
            <p id="locales-languages-error" className="text-sm font-medium text-red-700">
              {languagesError}
            </p>
          ) : null}
        </fieldset>

        <fieldset className="space-y-3" aria-describedby="locales-currencies-hint">
          <legend className="font-semibold">{m.currencies}</legend>
          <p id="locales-currencies-hint" className="text-sm text-slate-600">
            {m.currenciesHint(settings.currency)}
          </p>
          {errors.displayCurrencies ? (
            <p className="text-sm font-medium text-red-700">{errors.displayCurrencies}</p>
          ) : null}
          {draft.currencies.length === 0 ? (
            <p className="text-sm text-slate-700">{m.noCurrencies}</p>
          ) : null}
          {draft.currencies.map((row, index) => {
            const example = rateExample(row, settings.currency, uiLanguage);
            const path = `displayCurrencies.${index}`;
            return (
              <div
                key={row.key}
                role="group"
                aria-label={m.currencyNumber(index + 1)}
                className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-3"
              >
                <SelectField
                  label={m.currency}
                  name={`${path}.currency`}
                  value={row.currency}
                  onChange={(event) => {
                    const currency = event.target.value;
                    // A currency without cents cannot end in .99.
                    const keepsRounding =
                      row.rounding !== 'ninety_nine' || (minorUnitsOf(currency) ?? 2) >= 2;
                    setRow(index, { currency, ...(keepsRounding ? {} : { rounding: 'none' }) });
                  }}
                  options={currencyOptions(row)}
                  error={errors[`${path}.currency`]}
                />
                <TextField
                  label={m.rate(settings.currency)}
                  name={`${path}.rate`}
                  inputMode="decimal"
                  autoComplete="off"
                  required
                  value={row.rate}
                  onChange={(event) => setRow(index, { rate: event.target.value })}
                  hint={m.rateHint}
                  error={errors[`${path}.rate`]}
                />
                <SelectField
                  label={m.rounding}
                  name={`${path}.rounding`}
                  value={row.rounding}
                  onChange={(event) =>
                    setRow(index, { rounding: event.target.value as CurrencyRow['rounding'] })
                  }
                  options={currencyRoundings
                    .filter(
                      (rounding) =>
                        rounding !== 'ninety_nine' || (minorUnitsOf(row.currency) ?? 2) >= 2,
                    )
                    .map((rounding) => ({ value: rounding, label: m.roundings[rounding] }))}
                  error={errors[`${path}.rounding`]}
                />
                <p className="text-sm text-slate-700 sm:col-span-2" aria-live="polite">
                  {example ? m.example(example.from, example.to) : null}
                </p>
                <div className="sm:text-right">
                  <Button
                    variant="quiet"
                    onClick={() =>
                      setDraft({
                        ...draft,
                        currencies: draft.currencies.filter((_, at) => at !== index),
                      })
                    }
                  >
                    {m.removeCurrency(row.currency)}
                  </Button>
                </div>
              </div>
            );
          })}
          {draft.currencies.length < maxDisplayCurrencies ? (
            <Button
              variant="secondary"
              onClick={() =>
                setDraft({
                  ...draft,
                  currencies: [...draft.currencies, newCurrencyRow(draft, settings.currency)],
                })
              }
            >
              {m.addCurrency}
            </Button>
          ) : null}
        </fieldset>
      </fieldset>
      {canWrite ? (
        <Button type="submit" isPending={isPending} pendingLabel={t.manage.common.saving}>
          {t.manage.common.save}
        </Button>
      ) : null}
      <p role="status" className="text-sm text-green-800">
        {notice}
      </p>
    </form>
  );
}
