'use client';

import { useRef, useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { shippingRateKinds, shippingZoneBodySchema, type shippingZoneSchema } from '@mpb/contracts';
import { describeApiError, describeMoneyError, type FieldErrors } from '../../lib/form-errors';
import { formatMoney, parseMoney } from '../../lib/money';
import { minorToInput } from '../../lib/money-input';
import { apiErrorToPaths, pathErrorsFromZod, valueAtPath } from '../../lib/path-errors';
import { focusFirstInvalid } from '../focus-first-invalid';
import { FormAlert } from '../form-alert';
import { useI18n } from '../i18n-provider';
import { SelectField } from '../select-field';
import { cardClass } from '../styles';
import { TextField } from '../text-field';
import { Button } from '../ui/button';
import { ManagePage } from './manage-page';
import { useManage } from './manage-provider';
import { useConfirmDelete } from './use-confirm-delete';
import { useLoad } from './use-load';

type Zone = z.infer<typeof shippingZoneSchema>;
type Kind = (typeof shippingRateKinds)[number];

interface RateDraft {
  key: string;
  id?: string;
  name: string;
  kind: Kind;
  amount: string;
  freeOverAmount: string;
  minWeightGrams: string;
  maxWeightGrams: string;
}

interface ZoneDraft {
  name: string;
  countries: string;
  regions: string;
  rates: RateDraft[];
}

const list = (text: string) =>
  text
    .split(/[,\s]+/)
    .map((item) => item.trim().toUpperCase())
    .filter(Boolean);

/** Where the store ships and what it charges: zones of countries, each with its rates. */
export function ShippingPage() {
  const confirmDelete = useConfirmDelete();
  const { t } = useI18n();
  const { api, can } = useManage();
  const zones = useLoad('zones', (signal) => api.listShippingZones(signal));
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const canWrite = can('settings:write');

  async function remove(zone: Zone) {
    if (!(await confirmDelete(zone.name))) return;
    setError(null);
    try {
      await api.deleteShippingZone(zone.id);
      zones.reload();
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <ManagePage
      title={t.manage.nav.sections.shipping}
      permission="settings:read"
      actions={
        canWrite && editing !== 'new' ? (
          <Button onClick={() => setEditing('new')}>{t.manage.shipping.addZone}</Button>
        ) : null
      }
    >
      <FormAlert
        message={error || zones.error ? describeApiError(error ?? zones.error, t) : null}
      />
      {editing === 'new' ? (
        <ZoneForm
          zone={null}
          onDone={() => {
            setEditing(null);
            zones.reload();
          }}
          onCancel={() => setEditing(null)}
        />
      ) : null}
      {zones.data && zones.data.items.length === 0 ? <p>{t.manage.shipping.empty}</p> : null}
      {zones.data?.items.map((zone) =>
        editing === zone.id ? (
          <ZoneForm
            key={zone.id}
            zone={zone}
            onDone={() => {
              setEditing(null);
              zones.reload();
            }}
            onCancel={() => setEditing(null)}
          />
        ) : (
          <ZoneCard
            key={zone.id}
            zone={zone}
            canWrite={canWrite}
            onEdit={() => setEditing(zone.id)}
            onDelete={() => void remove(zone)}
          />
        ),
      )}
    </ManagePage>
  );
}

function ZoneCard({
  zone,
  canWrite,
  onEdit,
  onDelete,
}: {
  zone: Zone;
  canWrite: boolean;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { t, language } = useI18n();
  const { tenant } = useManage();
  return (
    <article className={`${cardClass} space-y-2`} aria-label={zone.name}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-lg font-semibold">{zone.name}</h2>
        {canWrite ? (
          <div className="flex gap-1">
            <Button variant="quiet" onClick={onEdit}>
              {t.manage.common.edit}
              <span className="sr-only"> {zone.name}</span>
            </Button>
            <Button variant="quiet" onClick={onDelete}>
              {t.manage.common.delete}
              <span className="sr-only"> {zone.name}</span>
            </Button>
          </div>
        ) : null}
      </div>
      <p className="text-sm text-slate-700">{[...zone.countries, ...zone.regions].join(', ')}</p>
      <ul className="space-y-1 text-sm">
        {zone.rates.map((rate) => (
          <li key={rate.id}>
            <span className="font-medium">{rate.name}</span> · {t.manage.shipping.kinds[rate.kind]}{' '}
            · {formatMoney(rate.amount, tenant.currency, language)}
            {rate.freeOverAmount !== null
              ? ` · ${t.manage.shipping.freeOver(formatMoney(rate.freeOverAmount, tenant.currency, language))}`
              : ''}
          </li>
        ))}
      </ul>
    </article>
  );
}

function draftOf(zone: Zone | null, currency: string, locale: string): ZoneDraft {
  if (!zone) {
    return {
      name: '',
      countries: '',
      regions: '',
      rates: [newRate()],
    };
  }
  return {
    name: zone.name,
    countries: zone.countries.join(', '),
    regions: zone.regions.join(', '),
    rates: zone.rates.map((rate) => ({
      key: rate.id,
      id: rate.id,
      name: rate.name,
      kind: rate.kind,
      amount: minorToInput(rate.amount, currency, locale),
      freeOverAmount:
        rate.freeOverAmount === null ? '' : minorToInput(rate.freeOverAmount, currency, locale),
      minWeightGrams: rate.minWeightGrams === null ? '' : String(rate.minWeightGrams),
      maxWeightGrams: rate.maxWeightGrams === null ? '' : String(rate.maxWeightGrams),
    })),
  };
}

function newRate(): RateDraft {
  return {
    key: `new-${Date.now()}-${Math.round(Math.random() * 1e6)}`,
    name: '',
    kind: 'flat',
    amount: '',
    freeOverAmount: '',
    minWeightGrams: '',
    maxWeightGrams: '',
  };
}

function ZoneForm({
  zone,
  onDone,
  onCancel,
}: {
  zone: Zone | null;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t, language } = useI18n();
  const { api, tenant } = useManage();
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState(() => draftOf(zone, tenant.currency, language));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);
  const setRate = (index: number, patch: Partial<RateDraft>) =>
    setDraft((current) => ({
      ...current,
      rates: current.rates.map((rate, at) => (at === index ? { ...rate, ...patch } : rate)),
    }));

  function show(next: FieldErrors, form: string | null) {
    setErrors(next);
    setFormError(form);
    focusFirstInvalid(formRef.current);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const moneyErrors: FieldErrors = {};
    const amount = (text: string, path: string, isOptional: boolean): number | null => {
      if (isOptional && text.trim() === '') return null;
      const money = parseMoney(text, tenant.currency);
      if (money.ok) return money.minor;
      moneyErrors[path] = describeMoneyError(money, t);
      return 0;
    };
    const grams = (text: string) => (text.trim() === '' ? null : Number(text));
    const body = {
      name: draft.name,
      countries: list(draft.countries),
      regions: list(draft.regions),
      rates: draft.rates.map((rate, index) => ({
        ...(rate.id ? { id: rate.id } : {}),
        name: rate.name,
        kind: rate.kind,
        amount:
          rate.kind === 'flat' || rate.kind === 'weight' || rate.kind === 'free_over'
            ? (amount(rate.amount, `rates.${index}.amount`, false) ?? 0)
            : 0,
        freeOverAmount:
          rate.kind === 'free_over'
            ? amount(rate.freeOverAmount, `rates.${index}.freeOverAmount`, true)
            : null,
        minWeightGrams: rate.kind === 'weight' ? grams(rate.minWeightGrams) : null,
        maxWeightGrams: rate.kind === 'weight' ? grams(rate.maxWeightGrams) : null,
      })),
    };
    const parsed = shippingZoneBodySchema.safeParse(body);
    const found = parsed.success
      ? {}
      : pathErrorsFromZod(parsed.error, t, (path) => valueAtPath(draft, path));
    if (!parsed.success || Object.keys(moneyErrors).length > 0) {
      return show({ ...found, ...moneyErrors }, null);
    }
    setIsPending(true);
    setErrors({});
    setFormError(null);
    try {
      if (zone) await api.updateShippingZone(zone.id, parsed.data);
      else await api.createShippingZone(parsed.data);
      onDone();
    } catch (error) {
      const mapped = apiErrorToPaths(error, t, (path) =>
        /^(name|countries|regions|rates\.\d+\.\w+)/.test(path),
      );
      show(mapped.fields, mapped.form);
    } finally {
      setIsPending(false);
    }
  }

  // Country and region lists report their first bad item (`countries.2`) on the whole field.
  const listError = (field: string) =>
    errors[field] ?? Object.entries(errors).find(([path]) => path.startsWith(`${field}.`))?.[1];

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => void submit(event)}
      className={`${cardClass} space-y-4`}
      aria-label={zone ? t.manage.shipping.editZone(zone.name) : t.manage.shipping.addZone}
    >
      <FormAlert message={formError} />
      <TextField
        label={t.manage.shipping.zoneName}
        name="name"
        required
        maxLength={80}
        value={draft.name}
        onChange={(event) => setDraft({ ...draft, name: event.target.value })}
        error={errors.name}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t.manage.shipping.countries}
          name="countries"
          required
          value={draft.countries}
          onChange={(event) => setDraft({ ...draft, countries: event.target.value })}
          hint={t.manage.shipping.countriesHint}
          error={listError('countries')}
        />
        <TextField
          label={t.manage.shipping.regions}
          name="regions"
          value={draft.regions}
          onChange={(event) => setDraft({ ...draft, regions: event.target.value })}
          hint={t.manage.shipping.regionsHint}
          error={listError('regions')}
        />
      </div>
      <fieldset className="space-y-3">
        <legend className="font-semibold">{t.manage.shipping.rates}</legend>
        {errors.rates ? <p className="text-sm font-medium text-red-700">{errors.rates}</p> : null}
        {draft.rates.map((rate, index) => (
          <div
            key={rate.key}
            role="group"
            aria-label={t.manage.shipping.rateNumber(index + 1)}
            className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-3"
          >
            <TextField
              label={t.manage.shipping.rateName}
              name={`rates.${index}.name`}
              required
              maxLength={80}
              value={rate.name}
              onChange={(event) => setRate(index, { name: event.target.value })}
              error={errors[`rates.${index}.name`]}
            />
            <SelectField
              label={t.manage.shipping.kind}
              name={`rates.${index}.kind`}
              value={rate.kind}
              onChange={(event) => setRate(index, { kind: event.target.value as Kind })}
              options={shippingRateKinds.map((kind) => ({
                value: kind,
                label: t.manage.shipping.kinds[kind],
              }))}
              error={errors[`rates.${index}.kind`]}
            />
            {rate.kind === 'pickup' ? null : (
              <TextField
                label={t.manage.shipping.amount(tenant.currency)}
                name={`rates.${index}.amount`}
                inputMode="decimal"
                required
                value={rate.amount}
                onChange={(event) => setRate(index, { amount: event.target.value })}
                error={errors[`rates.${index}.amount`]}
              />
            )}
            {rate.kind === 'free_over' ? (
              <TextField
                label={t.manage.shipping.freeOverAmount}
                name={`rates.${index}.freeOverAmount`}
                inputMode="decimal"
                required
                value={rate.freeOverAmount}
                onChange={(event) => setRate(index, { freeOverAmount: event.target.value })}
                error={errors[`rates.${index}.freeOverAmount`]}
              />
            ) : null}
            {rate.kind === 'weight' ? (
              <>
                <TextField
                  label={t.manage.shipping.minWeight}
                  name={`rates.${index}.minWeightGrams`}
                  inputMode="numeric"
                  value={rate.minWeightGrams}
                  onChange={(event) => setRate(index, { minWeightGrams: event.target.value })}
                  error={errors[`rates.${index}.minWeightGrams`]}
                />
                <TextField
                  label={t.manage.shipping.maxWeight}
                  name={`rates.${index}.maxWeightGrams`}
                  inputMode="numeric"
                  value={rate.maxWeightGrams}
                  onChange={(event) => setRate(index, { maxWeightGrams: event.target.value })}
                  error={errors[`rates.${index}.maxWeightGrams`]}
                />
              </>
            ) : null}
            {draft.rates.length > 1 ? (
              <div className="sm:col-span-3">
                <Button
                  variant="quiet"
                  onClick={() =>
                    setDraft({ ...draft, rates: draft.rates.filter((_, at) => at !== index) })
                  }
                >
                  {t.manage.shipping.removeRate(index + 1)}
                </Button>
              </div>
            ) : null}
          </div>
        ))}
        <Button
          variant="secondary"
          onClick={() => setDraft({ ...draft, rates: [...draft.rates, newRate()] })}
        >
          {t.manage.shipping.addRate}
        </Button>
      </fieldset>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" isPending={isPending} pendingLabel={t.manage.common.saving}>
          {t.manage.common.save}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t.manage.common.cancel}
        </Button>
      </div>
    </form>
  );
}
