'use client';

import { useId, useRef, useState, type FormEvent } from 'react';
import type { Language, Product, ProductTranslation } from '@mpb/contracts';
import {
  apiErrorToForm,
  describeApiError,
  fieldErrorsFromZod,
  type FieldErrors,
} from '../../lib/form-errors';
import { isLanguage, languageNames } from '../../lib/i18n';
import {
  translationBody,
  translationFormValues,
  type TranslationFormValues,
} from '../../lib/translation-form-values';
import { focusFirstInvalid } from '../focus-first-invalid';
import { FormAlert } from '../form-alert';
import { useI18n } from '../i18n-provider';
import { cardClass } from '../styles';
import { TextField } from '../text-field';
import { Button } from '../ui/button';
import { TextareaField } from '../ui/textarea-field';
import { useManage } from './manage-provider';
import { useLoad } from './use-load';

const formFields = ['title', 'description', 'seoTitle', 'seoDescription'] as const;

/**
 * The product's title, description and SEO fields in each of the store's other enabled
 * languages, one form per language saved on its own. Read-only without `catalog:write`.
 */
export function ProductTranslations({
  product,
  onSaved,
}: {
  product: Product;
  onSaved: (product: Product) => void;
}) {
  const { t } = useI18n();
  const { api } = useManage();
  const languages = useLoad('catalog-languages', (signal) => api.getCatalogLanguages(signal));
  const copy = t.manage.products.translations;
  const defaultLanguage = languages.data?.defaultLanguage;
  const defaultName =
    defaultLanguage && isLanguage(defaultLanguage) ? languageNames[defaultLanguage] : '';

  return (
    <section className={`${cardClass} space-y-4`} aria-labelledby="product-translations-heading">
      <h2 id="product-translations-heading" className="text-lg font-semibold">
        {copy.title}
      </h2>
      <FormAlert message={languages.error ? describeApiError(languages.error, t) : null} />
      {!languages.data && !languages.error ? <p role="status">{t.app.loading}</p> : null}
      {languages.data ? (
        languages.data.translatable.length === 0 ? (
          <p className="text-slate-700">{copy.none}</p>
        ) : (
          <>
            <p className="text-slate-700">{copy.intro(defaultName)}</p>
            {languages.data.translatable.map((language) => (
              <TranslationForm
                key={language}
                productId={product.id}
                language={language}
                saved={product.translations.find((entry) => entry.language === language)}
                onSaved={onSaved}
              />
            ))}
          </>
        )
      ) : null}
    </section>
  );
}

function TranslationForm({
  productId,
  language,
  saved,
  onSaved,
}: {
  productId: string;
  language: Language;
  saved: ProductTranslation | undefined;
  onSaved: (product: Product) => void;
}) {
  const { t } = useI18n();
  const { api, can } = useManage();
  const copy = t.manage.products.translations;
  const name = languageNames[language];
  const headingId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<TranslationFormValues>(() => translationFormValues(saved));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [isPending, setIsPending] = useState(false);
  const isReadOnly = !can('catalog:write');
  const set = (field: keyof TranslationFormValues) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  function showErrors(next: FieldErrors, form: string | null) {
    setErrors(next);
    setFormError(form);
    focusFirstInvalid(formRef.current);
  }

  async function run(action: () => Promise<Product | null>, done: string) {
    setNotice('');
    setIsPending(true);
    setErrors({});
    setFormError(null);
    try {
      const product = await action();
      setNotice(done);
      if (product) onSaved(product);
    } catch (error) {
      const mapped = apiErrorToForm(error, t, formFields);
      showErrors(mapped.fields, mapped.form);
    } finally {
      setIsPending(false);
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = translationBody(values);
    if (!result.ok) {
      setNotice('');
      return showErrors(fieldErrorsFromZod(result.issues, t, { ...values }), null);
    }
    void run(async () => {
      const product = await api.putProductTranslation(productId, language, result.body);
      const stored = product.translations.find((entry) => entry.language === language);
      setValues(translationFormValues(stored));
      return product;
    }, copy.saved(name));
  }

  function remove() {
    void run(async () => {
      await api.deleteProductTranslation(productId, language);
      setValues(translationFormValues(undefined));
      // The product as it is now: the same, without this language's translation.
      return api.getProduct(productId);
    }, copy.removed(name));
  }

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={submit}
      className="space-y-4 border-t border-slate-200 pt-4"
      aria-labelledby={headingId}
    >
      <h3 id={headingId} className="font-semibold">
        {copy.heading(name)}
      </h3>
      {saved ? null : <p className="text-sm text-slate-600">{copy.notTranslated}</p>}
      <FormAlert message={formError} />
      {/* Labels are in the admin's language; the typed texts in `language` (`lang` on each). */}
      <fieldset disabled={isReadOnly || isPending} className="space-y-4">
        <TextField
          label={t.products.title}
          name="title"
          lang={language}
          required
          maxLength={200}
          value={values.title}
          onChange={(event) => set('title')(event.target.value)}
          error={errors.title}
        />
        <TextareaField
          label={t.manage.products.description}
          name="description"
          lang={language}
          rows={4}
          value={values.description}
          onChange={(event) => set('description')(event.target.value)}
          hint={copy.descriptionHint}
          error={errors.description}
        />
        <TextField
          label={t.manage.seo.title}
          name="seoTitle"
          lang={language}
          maxLength={70}
          value={values.seoTitle}
          onChange={(event) => set('seoTitle')(event.target.value)}
          error={errors.seoTitle}
        />
        <TextareaField
          label={t.manage.seo.description}
          name="seoDescription"
          lang={language}
          maxLength={320}
          rows={2}
          value={values.seoDescription}
          onChange={(event) => set('seoDescription')(event.target.value)}
          error={errors.seoDescription}
        />
      </fieldset>
      {isReadOnly ? null : (
        <div className="flex flex-wrap gap-3">
          <Button type="submit" isPending={isPending} pendingLabel={t.manage.common.saving}>
            {copy.save(name)}
          </Button>
          {saved ? (
            <Button variant="quiet" disabled={isPending} onClick={remove}>
              {copy.remove(name)}
            </Button>
          ) : null}
        </div>
      )}
      <p role="status" className="text-sm text-green-800">
        {notice}
      </p>
    </form>
  );
}
