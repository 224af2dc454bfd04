'use client';

import { useRef, useState, type FormEvent } from 'react';
import {
  collectionSorts,
  createCollectionBodySchema,
  updateCollectionBodySchema,
  type Collection,
  type CollectionCondition,
} from '@mpb/contracts';
import { describeMoneyError, type FieldErrors } from '../../lib/form-errors';
import { parseMoney } from '../../lib/money';
import { minorToInput } from '../../lib/money-input';
import { apiErrorToPaths, pathErrorsFromZod, valueAtPath } from '../../lib/path-errors';
import { focusFirstInvalid } from '../focus-first-invalid';
import { FormAlert } from '../form-alert';
import { useI18n } from '../i18n-provider';
import { SelectField } from '../select-field';
import { cardClass } from '../styles';
import { TextField } from '../text-field';
import { Button } from '../ui/button';
import { CheckboxField } from '../ui/checkbox-field';
import { useManage } from './manage-provider';
import { useLoad } from './use-load';

type Field = CollectionCondition['field'];
const operators: Record<Field, readonly string[]> = {
  tag: ['equals'],
  title: ['contains'],
  price: ['gte', 'lte'],
  category: ['equals'],
};

interface ConditionDraft {
  key: string;
  field: Field;
  operator: string;
  value: string;
}

let nextKey = 0;
const newCondition = (): ConditionDraft => ({
  key: `c${(nextKey += 1)}`,
  field: 'tag',
  operator: 'equals',
  value: '',
});

/** A collection's title and what it holds: products picked by hand, or those matching rules. */
export function CollectionForm({
  collection,
  onDone,
  onCancel,
}: {
  collection: Collection | null;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t, language } = useI18n();
  const { api, tenant } = useManage();
  const products = useLoad('collection-products', (signal) =>
    api.listProducts({ limit: 100 }, signal),
  );
  const categories = useLoad('categories', (signal) => api.listCategories(signal));
  const formRef = useRef<HTMLFormElement>(null);
  const [kind, setKind] = useState<'manual' | 'rule'>(collection?.kind ?? 'manual');
  const [title, setTitle] = useState(collection?.title ?? '');
  const [published, setPublished] = useState(collection?.published ?? true);
  const [sort, setSort] = useState<string>(
    collection?.sort ?? (kind === 'manual' ? 'manual' : 'newest'),
  );
  const [productIds, setProductIds] = useState<string[]>(collection?.productIds ?? []);
  const [match, setMatch] = useState<'all' | 'any'>(collection?.rules?.match ?? 'all');
  const [conditions, setConditions] = useState<ConditionDraft[]>(
    collection?.rules?.conditions.map((condition) => ({
      key: `c${(nextKey += 1)}`,
      field: condition.field,
      operator: condition.operator,
      value:
        condition.field === 'price'
          ? minorToInput(condition.value, tenant.currency, language)
          : condition.value,
    })) ?? [newCondition()],
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);

  const setCondition = (index: number, patch: Partial<ConditionDraft>) =>
    setConditions((current) =>
      current.map((condition, at) => (at === index ? { ...condition, ...patch } : condition)),
    );

  function show(next: FieldErrors, form: string | null) {
    setErrors(next);
    setFormError(form);
    focusFirstInvalid(formRef.current);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const moneyErrors: FieldErrors = {};
    const ruleConditions = conditions.map((condition, index) => {
      const { field, operator } = condition;
      if (field !== 'price') return { field, operator, value: condition.value };
      const money = parseMoney(condition.value, tenant.currency);
      if (!money.ok) moneyErrors[`rules.conditions.${index}.value`] = describeMoneyError(money, t);
      return { field, operator, value: money.ok ? money.minor : 0 };
    });
    const common = { title, published, sort };
    const body =
      kind === 'manual'
        ? { ...common, productIds }
        : { ...common, rules: { match, conditions: ruleConditions } };
    const parsed = collection
      ? updateCollectionBodySchema.safeParse(body)
      : createCollectionBodySchema.safeParse({ ...body, kind });
    const typed = { title, rules: { conditions } };
    const found = parsed.success
      ? {}
      : pathErrorsFromZod(parsed.error, t, (path) => valueAtPath(typed, path));
    if (!parsed.success || Object.keys(moneyErrors).length > 0) {
      return show({ ...found, ...moneyErrors }, null);
    }
    setIsPending(true);
    setErrors({});
    setFormError(null);
    try {
      if (collection) {
        await api.updateCollection(collection.id, parsed.data);
      } else {
        await api.createCollection(parsed.data as Parameters<typeof api.createCollection>[0]);
      }
      onDone();
    } catch (error) {
      const mapped = apiErrorToPaths(error, t, (path) =>
        /^(title|handle|sort|productIds|rules\.conditions\.\d+\.\w+)/.test(path),
      );
      show(mapped.fields, mapped.form);
    } finally {
      setIsPending(false);
    }
  }

  const sortOptions = collectionSorts.filter((value) => kind === 'manual' || value !== 'manual');

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => void submit(event)}
      className={`${cardClass} space-y-4`}
      aria-label={collection ? collection.title : t.manage.collections.add}
    >
      <FormAlert message={formError} />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          label={t.manage.collections.name}
          name="title"
          required
          maxLength={120}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          error={errors.title ?? errors.handle}
          className="sm:col-span-2"
        />
        <SelectField
          label={t.manage.collections.kind}
          name="kind"
          value={kind}
          disabled={collection !== null}
          onChange={(event) => {
            const next = event.target.value as 'manual' | 'rule';
            setKind(next);
            if (next === 'rule' && sort === 'manual') setSort('newest');
          }}
          options={(['manual', 'rule'] as const).map((value) => ({
            value,
            label: t.manage.collections.kinds[value],
          }))}
        />
        <SelectField
          label={t.manage.collections.sort}
          name="sort"
          value={sort}
          onChange={(event) => setSort(event.target.value)}
          options={sortOptions.map((value) => ({
            value,
            label: t.manage.collections.sorts[value],
          }))}
          error={errors.sort}
        />
      </div>
      <CheckboxField
        label={t.manage.collections.published}
        checked={published}
        onChange={(event) => setPublished(event.target.checked)}
      />
      {kind === 'manual' ? (
        <fieldset className="space-y-2">
          <legend className="font-medium">{t.manage.collections.products}</legend>
          {errors.productIds ? (
            <p className="text-sm font-medium text-red-700">{errors.productIds}</p>
          ) : null}
          <div className="grid max-h-72 gap-1 overflow-y-auto rounded-md border border-slate-200 p-2 sm:grid-cols-2">
            {(products.data?.items ?? []).map((product) => (
              <CheckboxField
                key={product.id}
                label={product.title}
                checked={productIds.includes(product.id)}
                onChange={(event) =>
                  setProductIds((current) =>
                    event.target.checked
                      ? [...current, product.id]
                      : current.filter((id) => id !== product.id),
                  )
                }
              />
            ))}
          </div>
        </fieldset>
      ) : (
        <fieldset className="space-y-3">
          <legend className="font-medium">{t.manage.collections.rules}</legend>
          <SelectField
            label={t.manage.collections.match}
            name="match"
            value={match}
            onChange={(event) => setMatch(event.target.value as 'all' | 'any')}
            options={[
              { value: 'all', label: t.manage.collections.matchAll },
              { value: 'any', label: t.manage.collections.matchAny },
            ]}
            className="max-w-xs"
          />
          {conditions.map((condition, index) => {
            const path = `rules.conditions.${index}`;
            return (
              <div
                key={condition.key}
                role="group"
                aria-label={t.manage.collections.condition(index + 1)}
                className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-[1fr_1fr_2fr_auto] sm:items-end"
              >
                <SelectField
                  label={t.manage.collections.field}
                  name={`${path}.field`}
                  value={condition.field}
                  onChange={(event) => {
                    const field = event.target.value as Field;
                    setCondition(index, {
                      field,
                      operator: operators[field][0] ?? 'equals',
                      value: '',
                    });
                  }}
                  options={(Object.keys(operators) as Field[]).map((value) => ({
                    value,
                    label: t.manage.collections.fields[value],
                  }))}
                />
                <SelectField
                  label={t.manage.collections.operator}
                  name={`${path}.operator`}
                  value={condition.operator}
                  onChange={(event) => setCondition(index, { operator: event.target.value })}
                  options={operators[condition.field].map((value) => ({
                    value,
                    label:
                      t.manage.collections.operators[
                        value as keyof typeof t.manage.collections.operators
                      ],
                  }))}
                />
                {condition.field === 'category' ? (
                  <SelectField
                    label={t.manage.collections.value}
                    name={`${path}.value`}
                    value={condition.value}
                    onChange={(event) => setCondition(index, { value: event.target.value })}
                    options={[
                      { value: '', label: t.manage.collections.chooseCategory },
                      ...(categories.data?.items ?? []).map((category) => ({
                        value: category.handle,
                        label: category.name,
                      })),
                    ]}
                    error={errors[`${path}.value`]}
                  />
                ) : (
                  <TextField
                    label={t.manage.collections.value}
                    name={`${path}.value`}
                    inputMode={condition.field === 'price' ? 'decimal' : undefined}
                    value={condition.value}
                    onChange={(event) => setCondition(index, { value: event.target.value })}
                    error={errors[`${path}.value`]}
                  />
                )}
                {conditions.length > 1 ? (
                  <Button
                    variant="quiet"
                    onClick={() =>
                      setConditions((current) => current.filter((_, at) => at !== index))
                    }
                  >
                    {t.manage.common.delete}
                    <span className="sr-only"> {t.manage.collections.condition(index + 1)}</span>
                  </Button>
                ) : null}
              </div>
            );
          })}
          {errors['rules.conditions'] ? (
            <p className="text-sm font-medium text-red-700">{errors['rules.conditions']}</p>
          ) : null}
          <Button
            variant="secondary"
            onClick={() => setConditions((current) => [...current, newCondition()])}
          >
            {t.manage.collections.addCondition}
          </Button>
        </fieldset>
      )}
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
