'use client';

import type { FieldErrors } from '../../lib/form-errors';
import type { TaxRateDraft } from '../../lib/shipping-form';
import { useI18n } from '../i18n-provider';
import { TextField } from '../text-field';
import { Button } from '../ui/button';
import { CheckboxField } from '../ui/checkbox-field';

interface Props {
  rates: TaxRateDraft[];
  onChange: (rates: TaxRateDraft[]) => void;
  /** Keyed `taxRates.<index>.<field>`, already translated. */
  errors: FieldErrors;
}

/** The tax rates to charge, one row each, editable, with add and remove. */
export function TaxRateRows({ rates, onChange, errors }: Props) {
  const { t } = useI18n();
  const update = (index: number, patch: Partial<TaxRateDraft>) =>
    onChange(rates.map((rate, at) => (at === index ? { ...rate, ...patch } : rate)));

  return (
    <div className="space-y-3">
      {rates.length === 0 ? (
        <p className="text-sm text-slate-700">{t.wizard.shipping.noTaxRates}</p>
      ) : null}
      <ul className="space-y-3">
        {rates.map((rate, index) => (
          <li key={index} className="rounded-md border border-slate-200 p-3">
            <fieldset className="space-y-3">
              <legend className="font-medium">{t.wizard.shipping.taxRateLegend(index + 1)}</legend>
              <div className="grid gap-3 sm:grid-cols-3">
                <TextField
                  label={t.wizard.shipping.taxName}
                  name={`taxRates.${index}.name`}
                  maxLength={80}
                  value={rate.name}
                  onChange={(event) => update(index, { name: event.target.value })}
                  error={errors[`taxRates.${index}.name`]}
                />
                <TextField
                  label={t.wizard.shipping.taxRegion}
                  name={`taxRates.${index}.region`}
                  placeholder="BR-SP"
                  autoCapitalize="characters"
                  value={rate.region}
                  onChange={(event) => update(index, { region: event.target.value.toUpperCase() })}
                  hint={t.wizard.shipping.taxRegionHint}
                  error={errors[`taxRates.${index}.region`]}
                />
                <TextField
                  label={t.wizard.shipping.taxPercent}
                  name={`taxRates.${index}.rateBps`}
                  inputMode="decimal"
                  value={rate.percent}
                  onChange={(event) => update(index, { percent: event.target.value })}
                  error={errors[`taxRates.${index}.rateBps`]}
                />
              </div>
              <div className="flex flex-wrap items-center justify-between gap-3">
                <CheckboxField
                  label={t.wizard.shipping.taxOnShipping}
                  checked={rate.appliesToShipping}
                  onChange={(event) => update(index, { appliesToShipping: event.target.checked })}
                />
                <Button
                  variant="quiet"
                  onClick={() => onChange(rates.filter((_, at) => at !== index))}
                  aria-label={t.wizard.shipping.removeTaxRate(index + 1)}
                >
                  {t.wizard.shipping.remove}
                </Button>
              </div>
            </fieldset>
          </li>
        ))}
      </ul>
      <Button
        variant="secondary"
        onClick={() =>
          onChange([...rates, { name: '', region: '', percent: '', appliesToShipping: false }])
        }
      >
        {t.wizard.shipping.addTaxRate}
      </Button>
    </div>
  );
}
