'use client';

import { useEffect, useId, useRef, useState, useSyncExternalStore, type FormEvent } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { createTenantBodySchema, niches, toHandle } from '@mpb/contracts';
import { platformApi } from '../lib/browser-client';
import { apiErrorToForm, fieldErrorsFromZod, type FieldErrors } from '../lib/form-errors';
import { storeDefaultsFromLocale } from '../lib/locale-defaults';
import { focusFirstInvalid } from './focus-first-invalid';
import { FormAlert } from './form-alert';
import { useI18n } from './i18n-provider';
import { SelectField } from './select-field';
import { SlugStatus } from './slug-status';
import { StoreLocaleFields, type StoreLocale } from './store-locale-fields';
import { cardClass, headingClass, linkClass, primaryButtonClass } from './styles';
import { TextField } from './text-field';
import { useSlugAvailability } from './use-slug-availability';

const formFields = [
  'name',
  'slug',
  'niche',
  'currency',
  'language',
  'country',
  'template',
] as const;
const templates = ['default'] as const;
const noSubscription = () => () => undefined;

/** "Create your store": the form that starts provisioning a tenant. */
export function CreateStoreForm() {
  const { t } = useI18n();
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const slugStatusId = useId();
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [isSlugEdited, setIsSlugEdited] = useState(false);
  const [niche, setNiche] = useState('');
  const [locale, setLocale] = useState<StoreLocale>(() => storeDefaultsFromLocale('en-US'));
  const [template, setTemplate] = useState<string>('default');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const slugState = useSlugAvailability(slug);
  // The platform host, for the address preview; unknown while rendering on the server.
  const host = useSyncExternalStore(
    noSubscription,
    () => window.location.host,
    () => null,
  );

  useEffect(() => {
    // navigator is only readable in the browser, so the defaults arrive after hydration.
    setLocale(storeDefaultsFromLocale(navigator.language));
  }, []);

  function changeName(value: string) {
    setName(value);
    // Suggest an address from the name until the merchant types one of their own.
    if (!isSlugEdited) setSlug(toHandle(value, 40));
  }

  function showErrors(next: FieldErrors, form: string | null) {
    setErrors(next);
    setFormError(form);
    focusFirstInvalid(formRef.current);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = { name, slug, niche, template, ...locale };
    const parsed = createTenantBodySchema.safeParse(values);
    if (!parsed.success) {
      return showErrors(
        fieldErrorsFromZod(parsed.error, t, values, { slug: t.errors.invalidSlug }),
        null,
      );
    }
    if (slugState === 'taken' || slugState === 'reserved') {
      return showErrors(
        { slug: slugState === 'taken' ? t.errors.slugTaken : t.errors.slugReserved },
        null,
      );
    }
    setIsSubmitting(true);
    setErrors({});
    setFormError(null);
    try {
      const created = await platformApi.createTenant(parsed.data);
      router.push(`/stores/${created.id}`);
    } catch (error) {
      const result = apiErrorToForm(error, t, formFields, {
        SLUG_TAKEN: 'slug',
        SLUG_RESERVED: 'slug',
      });
      showErrors(result.fields, result.form);
      setIsSubmitting(false);
    }
  }

  return (
    <section className="space-y-4" aria-labelledby="new-store-heading">
      <title>{`${t.newStore.title} · ${t.app.name}`}</title>
      <Link href="/stores" className={linkClass}>
        {t.newStore.back}
      </Link>
      <h1 id="new-store-heading" className={headingClass}>
        {t.newStore.title}
      </h1>
      <form
        ref={formRef}
        noValidate
        onSubmit={(event) => void submit(event)}
        className={`${cardClass} space-y-4`}
      >
        <FormAlert message={formError} />
        <TextField
          label={t.newStore.name}
          name="name"
          autoComplete="organization"
          required
          maxLength={80}
          value={name}
          onChange={(event) => changeName(event.target.value)}
          error={errors.name}
        />
        <div>
          <TextField
            label={t.newStore.slug}
            name="slug"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            required
            maxLength={40}
            value={slug}
            onChange={(event) => {
              setIsSlugEdited(true);
              setSlug(event.target.value.toLowerCase().replace(/\s/g, '-'));
            }}
            hint={host && slug ? t.newStore.slugPreview(`${slug}.${host}`) : undefined}
            describedBy={slugStatusId}
            error={errors.slug}
          />
          <SlugStatus id={slugStatusId} state={slugState} />
        </div>
        <SelectField
          label={t.newStore.niche}
          name="niche"
          required
          value={niche}
          onChange={(event) => setNiche(event.target.value)}
          options={[
            { value: '', label: t.newStore.nichePlaceholder },
            ...niches.map((value) => ({ value, label: t.niches[value] })),
          ]}
          error={errors.niche}
        />
        <StoreLocaleFields value={locale} onChange={setLocale} errors={errors} />
        <SelectField
          label={t.newStore.template}
          name="template"
          value={template}
          onChange={(event) => setTemplate(event.target.value)}
          options={templates.map((value) => ({ value, label: t.newStore.templates[value] }))}
          error={errors.template}
        />
        <button
          type="submit"
          className={`${primaryButtonClass} w-full sm:w-auto`}
          disabled={isSubmitting}
        >
          {t.newStore.submit}
        </button>
        {isSubmitting ? (
          <p role="status" className="text-sm text-slate-600">
            {t.newStore.submitting}
          </p>
        ) : null}
      </form>
    </section>
  );
}
