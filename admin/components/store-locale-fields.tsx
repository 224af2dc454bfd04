'use client';

import { useMemo } from 'react';
import { countries, currencies, languages } from '@mpb/contracts';
import type { FieldErrors } from '../lib/form-errors';
import { languageNames } from '../lib/i18n';
import { useI18n } from './i18n-provider';
import { SelectField, type SelectOption } from './select-field';

export interface StoreLocale {
  currency: string;
  language: string;
  country: string;
}

interface Props {
  value: StoreLocale;
  onChange: (next: StoreLocale) => void;
  errors: FieldErrors;
}

/** Country, currency and language of a store, named in the UI language. */
export function StoreLocaleFields({ value, onChange, errors }: Props) {
  const { t, language } = useI18n();
  const currencyOptions = useMemo(() => namedOptions(currencies, language, 'currency'), [language]);
  const countryOptions = useMemo(() => namedOptions(countries, language, 'region'), [language]);
  const languageOptions = languages.map((code) => ({ value: code, label: languageNames[code] }));

  return (
    <div className="grid gap-4 sm:grid-cols-3">
      <SelectField
        label={t.newStore.country}
        name="country"
        value={value.country}
        onChange={(event) => onChange({ ...value, country: event.target.value })}
        options={countryOptions}
        error={errors.country}
      />
      <SelectField
        label={t.newStore.currency}
        name="currency"
        value={value.currency}
        onChange={(event) => onChange({ ...value, currency: event.target.value })}
        options={currencyOptions}
        error={errors.currency}
      />
      <SelectField
        label={t.newStore.language}
        name="language"
        value={value.language}
        onChange={(event) => onChange({ ...value, language: event.target.value })}
        options={languageOptions}
        error={errors.language}
      />
    </div>
  );
}

/** Codes with their names in `locale`, sorted by name; the bare code if the name is unknown. */
function namedOptions(
  codes: readonly string[],
  locale: string,
  type: 'currency' | 'region',
): SelectOption[] {
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([locale], { type, fallback: 'code' });
  } catch {
    // Old browsers without Intl.DisplayNames still get a usable list of codes.
  }
  const options = codes.map((code) => {
    const name = names?.of(code);
    return { value: code, label: name && name !== code ? `${name} (${code})` : code };
  });
  return options.sort((a, b) => a.label.localeCompare(b.label, locale));
}
