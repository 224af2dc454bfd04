'use client';

import { useRef, useState, type FormEvent } from 'react';
import { taxRateBodySchema } from '@mpb/contracts';
import {
  apiErrorToForm,
  describeApiError,
  fieldErrorsFromZod,
  type FieldErrors,
} from '../../lib/form-errors';
import { parsePercent, percentText } from '../../lib/shipping-form';
import { focusFirstInvalid } from '../focus-first-invalid';
import { FormAlert } from '../form-alert';
import { useI18n } from '../i18n-provider';
import { cardClass } from '../styles';
import { TextField } from '../text-field';
import { Button } from '../ui/button';
import { CheckboxField } from '../ui/checkbox-field';
import { Table, TableHead, tdClass } from '../ui/table';
import { ManagePage } from './manage-page';
import { useManage } from './manage-provider';
import { useConfirmDelete } from './use-confirm-delete';
import { useLoad } from './use-load';
import { blankToNull } from '../../lib/blank-to-null';

/** Tax rates per country or region; whether prices include tax is a general setting. */
export function TaxesPage() {
  const confirmDelete = useConfirmDelete();
  const { t, language } = useI18n();
  const { api, can } = useManage();
  const rates = useLoad('tax-rates', (signal) => api.listTaxRates(signal));
  const [error, setError] = useState<unknown>(null);
  const canWrite = can('settings:write');

  async function remove(id: string, name: string) {
    if (!(await confirmDelete(name))) return;
    setError(null);
    try {
      await api.deleteTaxRate(id);
      rates.reload();
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <ManagePage title={t.manage.nav.sections.taxes} permission="settings:read">
      <FormAlert
        message={error || rates.error ? describeApiError(error ?? rates.error, t) : null}
      />
      {rates.data && rates.data.items.length === 0 ? <p>{t.manage.taxes.empty}</p> : null}
      {rates.data && rates.data.items.length > 0 ? (
        <Table caption={t.manage.nav.sections.taxes}>
          <TableHead
            columns={[
              { label: t.manage.taxes.name },
              { label: t.manage.taxes.place },
              { label: t.manage.taxes.rate, align: 'right' },
              { label: t.manage.taxes.onShipping },
              canWrite && { label: t.manage.common.actions, isLabelHidden: true },
            ]}
          />
          <tbody>
            {rates.data.items.map((rate) => (
              <tr key={rate.id}>
                <th scope="row" className={`${tdClass} font-normal`}>
                  {rate.name}
                </th>
                <td className={tdClass}>{rate.region ?? rate.country}</td>
                <td className={`${tdClass} text-right tabular-nums`}>
                  {percentText(rate.rateBps, language)}%
                </td>
                <td className={tdClass}>
                  {rate.appliesToShipping ? t.manage.common.yes : t.manage.common.no}
                </td>
                {canWrite ? (
                  <td className={tdClass}>
                    <Button variant="quiet" onClick={() => void remove(rate.id, rate.name)}>
                      {t.manage.common.delete}
                      <span className="sr-only"> {rate.name}</span>
                    </Button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
      {canWrite ? <TaxRateForm onAdded={rates.reload} /> : null}
    </ManagePage>
  );
}

const fields = ['name', 'country', 'region', 'rateBps', 'appliesToShipping'] as const;

function TaxRateForm({ onAdded }: { onAdded: () => void }) {
  const { t } = useI18n();
  const { api, tenant } = useManage();
  const formRef = useRef<HTMLFormElement>(null);
  const empty = {
    name: '',
    country: tenant.country,
    region: '',
    percent: '',
    appliesToShipping: false,
  };
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const bps = parsePercent(values.percent);
    const body = {
      name: values.name,
      country: values.country.trim().toUpperCase(),
      region: blankToNull(values.region),
      rateBps: bps ?? -1,
      appliesToShipping: values.appliesToShipping,
    };
    const parsed = taxRateBodySchema.safeParse(body);
    const found = parsed.success ? {} : fieldErrorsFromZod(parsed.error, t, values);
    if (found.rateBps || bps === null) {
      found.percent = t.manage.taxes.percentInvalid;
      delete found.rateBps;
    }
    if (!parsed.success || Object.keys(found).length > 0) {
      setErrors(found);
      focusFirstInvalid(formRef.current);
      return;
    }
    setIsPending(true);
    setErrors({});
    setFormError(null);
    try {
      await api.createTaxRate(parsed.data);
      setValues(empty);
      onAdded();
    } catch (error) {
      const mapped = apiErrorToForm(error, t, fields, { ALREADY_EXISTS: 'region' });
      const { rateBps, ...rest } = mapped.fields;
      setErrors(rateBps ? { ...rest, percent: rateBps } : rest);
      setFormError(mapped.form);
      focusFirstInvalid(formRef.current);
    } finally {
      setIsPending(false);
    }
  }

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => void submit(event)}
      className={`${cardClass} space-y-4`}
      aria-labelledby="tax-form-heading"
    >
      <h2 id="tax-form-heading" className="text-lg font-semibold">
        {t.manage.taxes.add}
      </h2>
      <FormAlert message={formError} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t.manage.taxes.name}
          name="name"
          required
          maxLength={80}
          value={values.name}
          onChange={(event) => setValues({ ...values, name: event.target.value })}
          error={errors.name}
        />
        <TextField
          label={t.manage.taxes.percent}
          name="percent"
          inputMode="decimal"
          required
          value={values.percent}
          onChange={(event) => setValues({ ...values, percent: event.target.value })}
          hint={t.manage.taxes.percentHint}
          error={errors.percent}
        />
        <TextField
          label={t.manage.taxes.country}
          name="country"
          required
          maxLength={2}
          value={values.country}
          onChange={(event) => setValues({ ...values, country: event.target.value })}
          hint={t.manage.taxes.countryHint}
          error={errors.country}
        />
        <TextField
          label={t.manage.taxes.region}
          name="region"
          value={values.region}
          onChange={(event) => setValues({ ...values, region: event.target.value })}
          hint={t.manage.taxes.regionHint}
          error={errors.region}
        />
      </div>
      <CheckboxField
        label={t.manage.taxes.onShipping}
        checked={values.appliesToShipping}
        onChange={(event) => setValues({ ...values, appliesToShipping: event.target.checked })}
      />
      <Button type="submit" isPending={isPending} pendingLabel={t.manage.common.saving}>
        {t.manage.taxes.add}
      </Button>
    </form>
  );
}
