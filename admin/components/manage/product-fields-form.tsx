'use client';

import { useRef, useState, type FormEvent } from 'react';
import { productStatuses, type Product } from '@mpb/contracts';
import {
  apiErrorToForm,
  describeMoneyError,
  fieldErrorsFromZod,
  type FieldErrors,
} from '../../lib/form-errors';
import {
  productBody,
  productFormValues,
  type ProductFormValues,
} from '../../lib/product-form-values';
import { focusFirstInvalid } from '../focus-first-invalid';
import { FormAlert } from '../form-alert';
import { useI18n } from '../i18n-provider';
import { SelectField } from '../select-field';
import { cardClass } from '../styles';
import { TextField } from '../text-field';
import { Button } from '../ui/button';
import { CheckboxField } from '../ui/checkbox-field';
import { TextareaField } from '../ui/textarea-field';
import { useManage } from './manage-provider';

const formFields = [
  'title',
  'handle',
  'description',
  'status',
  'price',
  'compareAtPrice',
  'tags',
  'seoTitle',
  'seoDescription',
  'stock',
  'categoryIds',
] as const;

/** A product's own fields: create one, or change one. Read-only without `catalog:write`. */
export function ProductFieldsForm({
  product,
  categories,
  onSaved,
}: {
  product: Product | null;
  categories: readonly { id: string; name: string }[];
  onSaved: (product: Product) => void;
}) {
  const { t, language } = useI18n();
  const { api, tenant, can } = useManage();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<ProductFormValues>(() =>
    productFormValues(product, language),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [isPending, setIsPending] = useState(false);
  const isNew = product === null;
  const currency = product?.currency ?? tenant.currency;
  const isReadOnly = !can('catalog:write');
  const set = (field: keyof ProductFormValues) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  function showErrors(next: FieldErrors, form: string | null) {
    setErrors(next);
    setFormError(form);
    focusFirstInvalid(formRef.current);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice('');
    const result = isNew
      ? productBody(values, currency, 'create')
      : productBody(values, currency, 'update');
    if (!result.ok) {
      const found = result.issues ? fieldErrorsFromZod(result.issues, t, { ...values }) : {};
      if (result.money.price) found.price = describeMoneyError(result.money.price, t);
      if (result.money.compareAtPrice) {
        found.compareAtPrice = describeMoneyError(result.money.compareAtPrice, t);
      }
      return showErrors(found, null);
    }
    setIsPending(true);
    setErrors({});
    setFormError(null);
    try {
      const saved = isNew
        ? await api.createProduct(result.body as Parameters<typeof api.createProduct>[0])
        : await api.updateProduct(product.id, result.body);
      setValues(productFormValues(saved, language));
      setNotice(t.manage.common.saved);
      onSaved(saved);
    } catch (error) {
      const mapped = apiErrorToForm(error, t, formFields, {
        HANDLE_TAKEN: 'handle',
        SKU_TAKEN: 'stock',
      });
      showErrors(mapped.fields, mapped.form);
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
      aria-labelledby="product-fields-heading"
    >
      <h2 id="product-fields-heading" className="text-lg font-semibold">
        {t.manage.products.details}
      </h2>
      <FormAlert message={formError} />
      <fieldset disabled={isReadOnly || isPending} className="space-y-4">
        <TextField
          label={t.products.title}
          name="title"
          required
          maxLength={200}
          value={values.title}
          onChange={(event) => set('title')(event.target.value)}
          error={errors.title}
        />
        <TextareaField
          label={t.manage.products.description}
          name="description"
          rows={6}
          value={values.description}
          onChange={(event) => set('description')(event.target.value)}
          hint={t.manage.products.descriptionHint}
          error={errors.description}
        />
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField
            label={t.products.price}
            name="price"
            inputMode="decimal"
            autoComplete="off"
            required
            value={values.price}
            onChange={(event) => set('price')(event.target.value)}
            hint={t.products.priceHint(currency)}
            error={errors.price}
          />
          <TextField
            label={t.manage.products.compareAtPrice}
            name="compareAtPrice"
            inputMode="decimal"
            autoComplete="off"
            value={values.compareAtPrice}
            onChange={(event) => set('compareAtPrice')(event.target.value)}
            hint={t.manage.products.compareAtHint}
            error={errors.compareAtPrice}
          />
          {isNew ? (
            <TextField
              label={t.products.stock}
              name="stock"
              type="number"
              inputMode="numeric"
              min={0}
              step={1}
              required
              value={values.stock}
              onChange={(event) => set('stock')(event.target.value)}
              error={errors.stock}
            />
          ) : (
            <SelectField
              label={t.products.status}
              name="status"
              value={values.status}
              onChange={(event) => set('status')(event.target.value)}
              options={productStatuses.map((value) => ({
                value,
                label: t.products.statuses[value],
              }))}
              error={errors.status}
            />
          )}
        </div>
        {isNew ? (
          <SelectField
            label={t.products.status}
            name="status"
            value={values.status}
            onChange={(event) => set('status')(event.target.value)}
            options={productStatuses.map((value) => ({ value, label: t.products.statuses[value] }))}
            error={errors.status}
          />
        ) : null}
        <TextField
          label={t.manage.products.tags}
          name="tags"
          value={values.tags}
          onChange={(event) => set('tags')(event.target.value)}
          hint={t.manage.products.tagsHint}
          error={errors.tags}
        />
        {categories.length > 0 ? (
          <fieldset className="space-y-2">
            <legend className="font-medium">{t.manage.products.categories}</legend>
            {categories.map((category) => (
              <CheckboxField
                key={category.id}
                label={category.name}
                checked={values.categoryIds.includes(category.id)}
                onChange={(event) =>
                  setValues((current) => ({
                    ...current,
                    categoryIds: event.target.checked
                      ? [...current.categoryIds, category.id]
                      : current.categoryIds.filter((id) => id !== category.id),
                  }))
                }
              />
            ))}
            {errors.categoryIds ? (
              <p className="text-sm font-medium text-red-700">{errors.categoryIds}</p>
            ) : null}
          </fieldset>
        ) : null}
        <details
          className="space-y-3"
          open={errors.handle || errors.seoTitle || errors.seoDescription ? true : undefined}
        >
          <summary className="cursor-pointer font-medium text-indigo-800">
            {t.manage.products.seoAndAddress}
          </summary>
          <div className="mt-3 space-y-4">
            <TextField
              label={t.manage.products.handle}
              name="handle"
              value={values.handle}
              onChange={(event) => set('handle')(event.target.value)}
              hint={t.manage.products.handleHint}
              error={errors.handle}
            />
            <TextField
              label={t.manage.seo.title}
              name="seoTitle"
              maxLength={70}
              value={values.seoTitle}
              onChange={(event) => set('seoTitle')(event.target.value)}
              error={errors.seoTitle}
            />
            <TextareaField
              label={t.manage.seo.description}
              name="seoDescription"
              maxLength={320}
              rows={3}
              value={values.seoDescription}
              onChange={(event) => set('seoDescription')(event.target.value)}
              error={errors.seoDescription}
            />
          </div>
        </details>
      </fieldset>
      {isReadOnly ? null : (
        <Button type="submit" isPending={isPending} pendingLabel={t.manage.common.saving}>
          {isNew ? t.manage.products.create : t.manage.common.save}
        </Button>
      )}
      <p role="status" className="text-sm text-green-800">
        {notice}
      </p>
    </form>
  );
}
