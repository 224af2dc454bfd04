'use client';

import { useRef, useState, type FormEvent } from 'react';
import {
  toStorefrontTemplate,
  updateStorefrontThemeBodySchema,
  type StorefrontTheme,
} from '@mpb/contracts';
import { onboardingApi } from '../../lib/browser-client';
import {
  apiErrorToForm,
  describeApiError,
  fieldErrorsFromZod,
  type FieldErrors,
} from '../../lib/form-errors';
import { storeAssetUrl } from '../../lib/step-form-errors';
import { focusFirstInvalid } from '../focus-first-invalid';
import { FormAlert } from '../form-alert';
import { useI18n } from '../i18n-provider';
import { cardClass } from '../styles';
import { Button } from '../ui/button';
import { ColorField } from '../ui/color-field';
import { FileField } from '../ui/file-field';
import { RadioCards } from '../ui/radio-cards';
import { ManagePage } from './manage-page';
import { useManage } from './manage-provider';
import { useLoad } from './use-load';

/** The storefront's template, brand colours and logo, with a preview before anything is live. */
export function BrandingPage() {
  const { t } = useI18n();
  const { api } = useManage();
  const theme = useLoad('theme', (signal) => api.getTheme(signal));
  return (
    <ManagePage title={t.manage.nav.sections.branding} permission="settings:read">
      <FormAlert message={theme.error ? describeApiError(theme.error, t) : null} />
      {theme.data ? (
        <>
          <ThemeForm theme={theme.data} onSaved={(next) => theme.setData(() => next)} />
          <LogoForm theme={theme.data} onSaved={(next) => theme.setData(() => next)} />
        </>
      ) : theme.isLoading ? (
        <p role="status">{t.app.loading}</p>
      ) : null}
    </ManagePage>
  );
}

function ThemeForm({
  theme,
  onSaved,
}: {
  theme: StorefrontTheme;
  onSaved: (theme: StorefrontTheme) => void;
}) {
  const { t, language } = useI18n();
  const { api, tenant, can } = useManage();
  const templates = useLoad('templates', (signal) => onboardingApi.listTemplates(signal));
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<{
    template: string;
    primaryColor: string;
    accentColor: string;
  }>({
    template: theme.template,
    primaryColor: theme.primaryColor,
    accentColor: theme.accentColor,
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [isPending, setIsPending] = useState(false);
  const [previewError, setPreviewError] = useState<unknown>(null);
  const canWrite = can('settings:write');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice('');
    const parsed = updateStorefrontThemeBodySchema.safeParse(values);
    if (!parsed.success) {
      setErrors(fieldErrorsFromZod(parsed.error, t, values));
      focusFirstInvalid(formRef.current);
      return;
    }
    setIsPending(true);
    setErrors({});
    setFormError(null);
    try {
      // The platform keeps the store's template too: it must hear of a change first.
      if (parsed.data.template && parsed.data.template !== theme.template) {
        await onboardingApi.changeTemplate(tenant.id, parsed.data.template);
      }
      onSaved(await api.updateTheme(parsed.data));
      setNotice(t.manage.common.saved);
    } catch (error) {
      const mapped = apiErrorToForm(error, t, ['template', 'primaryColor', 'accentColor']);
      setErrors(mapped.fields);
      setFormError(mapped.form);
    } finally {
      setIsPending(false);
    }
  }

  /** The storefront as it would look with these choices, even unpublished, in a new tab. */
  async function preview() {
    const tab = window.open('', '_blank');
    setPreviewError(null);
    try {
      const token = await api.createPreviewToken();
      const query = new URLSearchParams({
        preview: token.token,
        template: values.template,
        primary: values.primaryColor,
        accent: values.accentColor,
      });
      const url = `${tenant.urls.storefront.replace(/\/+$/, '')}/?${query.toString()}`;
      if (tab) tab.location.href = url;
      else window.location.assign(url);
    } catch (caught) {
      tab?.close();
      setPreviewError(caught);
    }
  }

  const options = (templates.data ?? [])
    .filter((template) => toStorefrontTemplate(template.id) === template.id)
    .map((template) => ({
      value: template.id,
      label: template.name[language],
      description: template.description[language],
    }));

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => void submit(event)}
      className={`${cardClass} space-y-4`}
      aria-labelledby="theme-heading"
    >
      <h2 id="theme-heading" className="text-lg font-semibold">
        {t.manage.branding.look}
      </h2>
      <FormAlert message={formError} />
      <fieldset disabled={!canWrite || isPending} className="space-y-4">
        {options.length > 0 ? (
          <RadioCards
            legend={t.manage.branding.template}
            name="template"
            value={values.template}
            options={options}
            onChange={(template) => setValues({ ...values, template })}
            error={errors.template}
          />
        ) : null}
        <div className="grid gap-4 sm:grid-cols-2">
          <ColorField
            label={t.manage.branding.primary}
            name="primaryColor"
            value={values.primaryColor}
            onChange={(primaryColor) => setValues({ ...values, primaryColor })}
            error={errors.primaryColor}
          />
          <ColorField
            label={t.manage.branding.accent}
            name="accentColor"
            value={values.accentColor}
            onChange={(accentColor) => setValues({ ...values, accentColor })}
            error={errors.accentColor}
          />
        </div>
      </fieldset>
      <div className="flex flex-wrap gap-2">
        {canWrite ? (
          <Button type="submit" isPending={isPending} pendingLabel={t.manage.common.saving}>
            {t.manage.common.save}
          </Button>
        ) : null}
        <Button variant="secondary" onClick={() => void preview()}>
          {t.manage.branding.preview}
          <span className="sr-only"> {t.store.opensInNewTab}</span>
        </Button>
      </div>
      <FormAlert message={previewError ? describeApiError(previewError, t) : null} />
      <p role="status" className="text-sm text-green-800">
        {notice}
      </p>
    </form>
  );
}

function LogoForm({
  theme,
  onSaved,
}: {
  theme: StorefrontTheme;
  onSaved: (theme: StorefrontTheme) => void;
}) {
  const { t } = useI18n();
  const { api, tenant, can } = useManage();
  const fileRef = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);
  const canWrite = can('settings:write');

  async function run(action: () => Promise<StorefrontTheme>) {
    setIsPending(true);
    setError(null);
    setFormError(null);
    try {
      onSaved(await action());
      if (fileRef.current) fileRef.current.value = '';
    } catch (caught) {
      const mapped = apiErrorToForm(caught, t, ['file']);
      setError(mapped.fields.file ?? null);
      setFormError(mapped.form);
    } finally {
      setIsPending(false);
    }
  }

  function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setError(t.manage.products.chooseImage);
      fileRef.current?.focus();
      return;
    }
    void run(() => api.uploadLogo(file));
  }

  return (
    <form
      noValidate
      onSubmit={upload}
      className={`${cardClass} space-y-4`}
      aria-labelledby="logo-heading"
    >
      <h2 id="logo-heading" className="text-lg font-semibold">
        {t.manage.branding.logo}
      </h2>
      <FormAlert message={formError} />
      {theme.logoUrl ? (
        <img
          src={storeAssetUrl(theme.logoUrl, tenant.urls.api)}
          alt={t.manage.branding.currentLogo}
          className="max-h-24 w-auto rounded border border-slate-200 bg-white p-2"
        />
      ) : (
        <p className="text-slate-700">{t.manage.branding.noLogo}</p>
      )}
      {canWrite ? (
        <>
          <FileField
            ref={fileRef}
            label={t.manage.branding.logoFile}
            name="file"
            accept="image/jpeg,image/png,image/webp,image/gif,image/avif"
            hint={t.manage.products.imageHint}
            error={error ?? undefined}
          />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" isPending={isPending} pendingLabel={t.manage.products.uploading}>
              {t.manage.branding.uploadLogo}
            </Button>
            {theme.logoUrl ? (
              <Button variant="quiet" disabled={isPending} onClick={() => void run(api.removeLogo)}>
                {t.manage.branding.removeLogo}
              </Button>
            ) : null}
          </div>
        </>
      ) : null}
    </form>
  );
}
