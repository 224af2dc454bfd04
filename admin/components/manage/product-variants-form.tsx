'use client';

import { useId, useRef, useState, type FormEvent } from 'react';
import { updateProductBodySchema, type Product } from '@mpb/contracts';
import { describeMoneyError, type FieldErrors } from '../../lib/form-errors';
import { parseMoney } from '../../lib/money';
import { minorToInput } from '../../lib/money-input';
import { apiErrorToPaths, pathErrorsFromZod, valueAtPath } from '../../lib/path-errors';
import { focusFirstInvalid } from '../focus-first-invalid';
import { FormAlert } from '../form-alert';
import { useI18n } from '../i18n-provider';
import { cardClass, inputClass } from '../styles';
import { TextField } from '../text-field';
import { Button } from '../ui/button';
import { Table, tdClass, thClass } from '../ui/table';
import { useManage } from './manage-provider';

interface Row {
  key: string;
  id?: string;
  sku: string;
  price: string;
  stock: string;
  weight: string;
  options: Record<string, string>;
}

function rowsOf(product: Product, locale: string): Row[] {
  return product.variants.map((variant) => ({
    key: variant.id,
    id: variant.id,
    sku: variant.sku ?? '',
    // A price equal to the product's is shown empty: it follows the product's price.
    price:
      variant.price === product.price ? '' : minorToInput(variant.price, product.currency, locale),
    stock: String(variant.stock),
    weight: String(variant.weightGrams),
    options: variant.options,
  }));
}

function axesOf(product: Product): string {
  const names: string[] = [];
  for (const variant of product.variants) {
    for (const name of Object.keys(variant.options)) if (!names.includes(name)) names.push(name);
  }
  return names.join(', ');
}

/**
 * A product's variants as one editable table: SKU, option values, price, stock and weight.
 * Saving sends the whole set, as the API expects; rows removed here are removed there.
 */
export function ProductVariantsForm({
  product,
  onSaved,
}: {
  product: Product;
  onSaved: (product: Product) => void;
}) {
  const { t, language } = useI18n();
  const { api, can } = useManage();
  const formRef = useRef<HTMLFormElement>(null);
  const [axes, setAxes] = useState(() => axesOf(product));
  const [rows, setRows] = useState<Row[]>(() => rowsOf(product, language));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [isPending, setIsPending] = useState(false);
  const names = axes
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
    .slice(0, 3);
  const isReadOnly = !can('catalog:write');

  const change = (index: number, patch: Partial<Row>) =>
    setRows((current) => current.map((row, at) => (at === index ? { ...row, ...patch } : row)));

  function showErrors(next: FieldErrors, form: string | null) {
    setErrors(next);
    setFormError(form);
    focusFirstInvalid(formRef.current);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice('');
    const moneyErrors: FieldErrors = {};
    const variants = rows.map((row, index) => {
      let price: number | undefined;
      if (row.price.trim() !== '') {
        const money = parseMoney(row.price, product.currency);
        if (money.ok) price = money.minor;
        else moneyErrors[`variants.${index}.price`] = describeMoneyError(money, t);
      }
      const options = Object.fromEntries(
        names.map((name) => [name, row.options[name] ?? ''] as const).filter(([, value]) => value),
      );
      return {
        ...(row.id ? { id: row.id } : {}),
        sku: row.sku,
        ...(price === undefined ? {} : { price }),
        stock: row.stock.trim() === '' ? Number.NaN : Number(row.stock),
        weightGrams: row.weight.trim() === '' ? 0 : Number(row.weight),
        options,
      };
    });
    const body = { variants };
    const parsed = updateProductBodySchema.safeParse(body);
    const typed = {
      variants: rows.map((row) => ({ ...row, weightGrams: row.weight, options: row.options })),
    };
    const found = parsed.success
      ? {}
      : pathErrorsFromZod(parsed.error, t, (path) => valueAtPath(typed, path));
    if (!parsed.success || Object.keys(moneyErrors).length > 0) {
      return showErrors({ ...found, ...moneyErrors }, found.variants ?? null);
    }
    setIsPending(true);
    setErrors({});
    setFormError(null);
    try {
      const saved = await api.updateProduct(product.id, parsed.data);
      setRows(rowsOf(saved, language));
      setNotice(t.manage.common.saved);
      onSaved(saved);
    } catch (error) {
      const mapped = apiErrorToPaths(error, t, (path) => /^variants\.\d+\.\w+/.test(path));
      showErrors(mapped.fields, mapped.form);
    } finally {
      setIsPending(false);
    }
  }

  const cell = (index: number, field: string) => errors[`variants.${index}.${field}`];

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => void submit(event)}
      className={`${cardClass} space-y-4`}
      aria-labelledby="variants-heading"
    >
      <h2 id="variants-heading" className="text-lg font-semibold">
        {t.manage.products.variants}
      </h2>
      <FormAlert message={formError} />
      <fieldset disabled={isReadOnly || isPending} className="space-y-4">
        <TextField
          label={t.manage.products.optionNames}
          name="optionNames"
          value={axes}
          onChange={(event) => setAxes(event.target.value)}
          hint={t.manage.products.optionNamesHint}
        />
        <Table caption={t.manage.products.variants}>
          <thead>
            <tr>
              <th scope="col" className={thClass}>
                {t.manage.products.sku}
              </th>
              {names.map((name) => (
                <th key={name} scope="col" className={thClass}>
                  {name}
                </th>
              ))}
              <th scope="col" className={thClass}>
                {t.manage.products.variantPrice}
              </th>
              <th scope="col" className={thClass}>
                {t.products.stock}
              </th>
              <th scope="col" className={thClass}>
                {t.manage.products.weight}
              </th>
              <th scope="col" className={thClass}>
                <span className="sr-only">{t.manage.common.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const label = (what: string) => t.manage.products.variantCell(what, index + 1);
              return (
                <tr key={row.key}>
                  <td className={tdClass}>
                    <CellInput
                      label={label(t.manage.products.sku)}
                      value={row.sku}
                      onChange={(sku) => change(index, { sku })}
                      error={cell(index, 'sku')}
                      className="w-32 font-mono"
                    />
                  </td>
                  {names.map((name) => (
                    <td key={name} className={tdClass}>
                      <CellInput
                        label={label(name)}
                        value={row.options[name] ?? ''}
                        onChange={(value) =>
                          change(index, { options: { ...row.options, [name]: value } })
                        }
                        error={cell(index, 'options')}
                        className="w-24"
                      />
                    </td>
                  ))}
                  <td className={tdClass}>
                    <CellInput
                      label={label(t.manage.products.variantPrice)}
                      value={row.price}
                      inputMode="decimal"
                      placeholder={minorToInput(product.price, product.currency, language)}
                      onChange={(price) => change(index, { price })}
                      error={cell(index, 'price')}
                      className="w-24"
                    />
                  </td>
                  <td className={tdClass}>
                    <CellInput
                      label={label(t.products.stock)}
                      value={row.stock}
                      inputMode="numeric"
                      onChange={(stock) => change(index, { stock })}
                      error={cell(index, 'stock')}
                      className="w-20"
                    />
                  </td>
                  <td className={tdClass}>
                    <CellInput
                      label={label(t.manage.products.weight)}
                      value={row.weight}
                      inputMode="numeric"
                      onChange={(weight) => change(index, { weight })}
                      error={cell(index, 'weightGrams')}
                      className="w-20"
                    />
                  </td>
                  <td className={tdClass}>
                    {rows.length > 1 ? (
                      <Button
                        variant="quiet"
                        onClick={() =>
                          setRows((current) => current.filter((_, at) => at !== index))
                        }
                      >
                        {t.manage.common.delete}
                        <span className="sr-only"> {label('')}</span>
                      </Button>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </Table>
        <p className="text-sm text-slate-600">{t.manage.products.variantPriceHint}</p>
      </fieldset>
      {isReadOnly ? null : (
        <div className="flex flex-wrap gap-2">
          <Button
            variant="secondary"
            onClick={() =>
              setRows((current) => [
                ...current,
                {
                  key: `new-${Date.now()}`,
                  sku: '',
                  price: '',
                  stock: '0',
                  weight: '0',
                  options: {},
                },
              ])
            }
          >
            {t.manage.products.addVariant}
          </Button>
          <Button type="submit" isPending={isPending} pendingLabel={t.manage.common.saving}>
            {t.manage.products.saveVariants}
          </Button>
        </div>
      )}
      <p role="status" className="text-sm text-green-800">
        {notice}
      </p>
    </form>
  );
}

function CellInput({
  label,
  value,
  onChange,
  error,
  className,
  inputMode,
  placeholder,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  className?: string;
  inputMode?: 'decimal' | 'numeric';
  placeholder?: string;
}) {
  const errorId = useId();
  return (
    <div>
      <input
        aria-describedby={error ? errorId : undefined}
        aria-label={label}
        value={value}
        inputMode={inputMode}
        placeholder={placeholder}
        autoComplete="off"
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        className={`${inputClass} ${className ?? ''}`}
      />
      {error ? (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
