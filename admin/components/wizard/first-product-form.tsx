'use client';

import { useRef, useState, type FormEvent } from 'react';
import { createProductBodySchema, type Product } from '@mpb/contracts';
import {
  describeApiError,
  describeMoneyError,
  fieldErrorsFromZod,
  apiErrorToForm,
  type FieldErrors,
} from '../../lib/form-errors';
import { parseMoney } from '../../lib/money';
import type { StoreApi } from '../../lib/store-api';
import type { StoreSetupApi } from '../../lib/store-setup-api';
import { buildVariants, splitOptionValues } from '../../lib/variant-builder';
import { focusFirstInvalid } from '../focus-first-invalid';
import { FormAlert } from '../form-alert';
import { useI18n } from '../i18n-provider';
import { TextField } from '../text-field';
import { Button } from '../ui/button';
import { FileField } from '../ui/file-field';

const formFields = ['title', 'price', 'stock', 'variants', 'photo'] as const;
const imageTypes = 'image/png,image/jpeg,image/webp,image/gif,image/avif';

interface Props {
  store: StoreApi;
  setup: StoreSetupApi;
  currency: string;
  onCreated: (product: Product) => void;
}

/**
 * A product in one screen: title, price, stock, a photo and, optionally, one option such as
 * size with its values (each becomes a variant with the same stock).
 */
export function FirstProductForm({ store, setup, currency, onCreated }: Props) {
  const { t } = useI18n();
  const formRef = useRef<HTMLFormElement>(null);
  const photoRef = useRef<HTMLInputElement>(null);
  const [title, setTitle] = useState('');
  const [price, setPrice] = useState('');
  const [stock, setStock] = useState('10');
  const [optionName, setOptionName] = useState('');
  const [optionValues, setOptionValues] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [isSubmitting, setIsSubmitting] = useState(false);

  function showErrors(next: FieldErrors, form: string | null) {
    setErrors(next);
    setFormError(form);
    focusFirstInvalid(formRef.current);
  }

  function buildBody() {
    const found: FieldErrors = {};
    const money = parseMoney(price, currency);
    if (!money.ok) found.price = describeMoneyError(money, t);
    const count = stock.trim() === '' ? Number.NaN : Number(stock);
    const values = splitOptionValues(optionValues);
    if (values.length > 0 && optionName.trim() === '')
      found.optionName = t.wizard.catalog.optionNameMissing;
    if (values.length === 0 && optionName.trim() !== '')
      found.variants = t.wizard.catalog.optionValuesMissing;
    const body = {
      title,
      status: 'active',
      price: money.ok ? money.minor : 0,
      ...(values.length > 0 && optionName.trim() !== ''
        ? {
            variants: buildVariants({
              title,
              optionName,
              values,
              stock: Number.isFinite(count) ? count : 0,
            }),
          }
        : { stock: count }),
    };
    const raw = { title, price, stock, variants: optionValues };
    const parsed = createProductBodySchema.safeParse(body);
    if (!parsed.success) Object.assign(found, fieldErrorsFromZod(parsed.error, t, raw), found);
    if (values.length > 0 && !Number.isFinite(count)) found.stock ??= t.errors.wholeNumber;
    return parsed.success && Object.keys(found).length === 0
      ? { ok: true as const, body: parsed.data }
      : { ok: false as const, errors: found };
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice('');
    const built = buildBody();
    if (!built.ok) return showErrors(built.errors, null);
    const photo = photoRef.current?.files?.[0];
    setIsSubmitting(true);
    setErrors({});
    setFormError(null);
    try {
      let product = await store.createProduct(built.body);
      let message = t.products.added(product.title);
      if (photo) {
        try {
          const { id, url, alt, width, height, srcset } = await setup.uploadProductImage(
            product.id,
            photo,
            product.title,
          );
          product = { ...product, images: [{ id, url, alt, width, height, srcset }] };
        } catch (error) {
          // The product exists either way; say what is missing rather than fail the whole form.
          message = t.wizard.catalog.photoFailed(product.title, describeApiError(error, t));
        }
      }
      onCreated(product);
      setNotice(message);
      setTitle('');
      setPrice('');
      setOptionName('');
      setOptionValues('');
      if (photoRef.current) photoRef.current.value = '';
    } catch (error) {
      const result = apiErrorToForm(error, t, formFields, {
        HANDLE_TAKEN: 'title',
        SKU_TAKEN: 'variants',
      });
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
      aria-labelledby="first-product-heading"
    >
      <h2 id="first-product-heading" className="text-lg font-semibold">
        {t.wizard.catalog.productHeading}
      </h2>
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
      <div className="grid gap-4 sm:grid-cols-2">
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
          hint={t.wizard.catalog.stockHint}
          error={errors.stock}
        />
      </div>
      <FileField
        ref={photoRef}
        label={t.wizard.catalog.photo}
        name="photo"
        accept={imageTypes}
        hint={t.wizard.catalog.photoHint}
        error={errors.photo}
      />
      <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
        <legend className="px-1 font-medium">{t.wizard.catalog.variantsLegend}</legend>
        <p className="text-sm text-slate-600">{t.wizard.catalog.variantsHint}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label={t.wizard.catalog.optionName}
            name="optionName"
            maxLength={40}
            placeholder={t.wizard.catalog.optionNamePlaceholder}
            value={optionName}
            onChange={(event) => setOptionName(event.target.value)}
            error={errors.optionName}
          />
          <TextField
            label={t.wizard.catalog.optionValues}
            name="optionValues"
            placeholder={t.wizard.catalog.optionValuesPlaceholder}
            value={optionValues}
            onChange={(event) => setOptionValues(event.target.value)}
            hint={t.wizard.catalog.optionValuesHint}
            error={errors.variants}
          />
        </div>
      </fieldset>
      <Button type="submit" isPending={isSubmitting} pendingLabel={t.products.submitting}>
        {t.products.submit}
      </Button>
      <p role="status" className="text-sm text-green-800">
        {notice}
      </p>
    </form>
  );
}
