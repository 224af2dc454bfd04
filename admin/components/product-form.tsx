'use client';

import { useRef, useState, type FormEvent } from 'react';
import { createProductBodySchema, productStatuses, type Product } from '@mpb/contracts';
import {
  apiErrorToForm,
  describeMoneyError,
  fieldErrorsFromZod,
  type FieldErrors,
} from '../lib/form-errors';
import { parseMoney } from '../lib/money';
import type { StoreApi } from '../lib/store-api';
import { focusFirstInvalid } from './focus-first-invalid';
import { FormAlert } from './form-alert';
import { useI18n } from './i18n-provider';
import { SelectField } from './select-field';
import { primaryButtonClass } from './styles';
import { TextField } from './text-field';

const formFields = ['title', 'price', 'stock', 'status'] as const;

interface Props {
  storeApi: StoreApi;
  currency: string;
  onCreated: (product: Product) => void;
}

/** The smallest useful product: a title, a price in major units, stock and a status. */
export function ProductForm({ storeApi, currency, onCreated }: Props) {
  const { t } = useI18n();
  const formRef = useRef<HTMLFormElement>(null);
  const [title, setTitle] = useState('');
  const [price, setPrice] = useState('');
  const [stock, setStock] = useState('0');
  // New products are sellable by default: a first-time merchant expects to see them in the shop.
  const [status, setStatus] = useState<string>('active');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [isSubmitting, setIsSubmitting] = useState(false);

  function showErrors(next: FieldErrors, form: string | null) {
    setErrors(next);
    setFormError(form);
    focusFirstInvalid(formRef.current);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice('');
    const money = parseMoney(price, currency);
    const raw = { title, price, stock, status };
    const parsed = createProductBodySchema.safeParse({
      title,
      status,
      price: money.ok ? money.minor : 0,
      stock: stock.trim() === '' ? Number.NaN : Number(stock),
    });
    const found: FieldErrors = parsed.success ? {} : fieldErrorsFromZod(parsed.error, t, raw);
    if (!money.ok) found.price = describeMoneyError(money, t);
    if (!parsed.success || !money.ok) return showErrors(found, null);

    setIsSubmitting(true);
    setErrors({});
    setFormError(null);
    try {
      const product = await storeApi.createProduct(parsed.data);
      onCreated(product);
      setNotice(t.products.added(product.title));
      setTitle('');
      setPrice('');
      setStock('0');
    } catch (error) {
      const result = apiErrorToForm(error, t, formFields, { HANDLE_TAKEN: 'title' });
      showErrors(result.fields, result.form);
    } finally {
      setIsSubmitting(false);
    }
  }

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => void submit(event)}
      className="space-y-4"
      aria-labelledby="product-form-heading"
    >
      <h3 id="product-form-heading" className="text-base font-semibold">
        {t.products.formHeading}
      </h3>
      <FormAlert message={formError} />
      <TextField
        label={t.products.title}
        name="title"
        required
        maxLength={200}
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        error={errors.title}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          label={t.products.price}
          name="price"
          inputMode="decimal"
          autoComplete="off"
          required
          value={price}
          onChange={(event) => setPrice(event.target.value)}
          hint={t.products.priceHint(currency)}
          error={errors.price}
        />
        <TextField
          label={t.products.stock}
          name="stock"
          type="number"
          inputMode="numeric"
          min={0}
          step={1}
          required
          value={stock}
          onChange={(event) => setStock(event.target.value)}
          error={errors.stock}
        />
        <SelectField
          label={t.products.status}
          name="status"
          value={status}
          onChange={(event) => setStatus(event.target.value)}
          options={productStatuses.map((value) => ({ value, label: t.products.statuses[value] }))}
          error={errors.status}
        />
      </div>
      <button type="submit" className={primaryButtonClass} disabled={isSubmitting}>
        {t.products.submit}
      </button>
      <p role="status" className="text-sm text-green-800">
        {isSubmitting ? t.products.submitting : notice}
      </p>
    </form>
  );
}
