'use client';

import { useRef, useState, type FormEvent } from 'react';
import {
  onboardingIdentityDataSchema,
  updateStoreSettingsBodySchema,
  type SiteSettings,
} from '@mpb/contracts';
import { onboardingApi } from '../../lib/browser-client';
import {
  apiErrorToForm,
  describeApiError,
  fieldErrorsFromZod,
  type FieldErrors,
} from '../../lib/form-errors';
import { stepErrorToForm } from '../../lib/step-form-errors';
import { focusFirstInvalid } from '../focus-first-invalid';
import { FormAlert } from '../form-alert';
import { useI18n } from '../i18n-provider';
import { StoreLocaleFields } from '../store-locale-fields';
import { cardClass } from '../styles';
import { TextField } from '../text-field';
import { Button } from '../ui/button';
import { CheckboxField } from '../ui/checkbox-field';
import { TextareaField } from '../ui/textarea-field';
import { LocaleSettingsForm } from './locale-settings-form';
import { ManagePage } from './manage-page';
import { useManage } from './manage-provider';
import { Loaded } from './loaded';
import { useLoad } from './use-load';
import { useSiteSettingsSave } from './use-site-settings-save';
import { blankToNull } from '../../lib/blank-to-null';

/**
 * The store's name, currency and language, how it sells, the languages and display currencies
 * shoppers may choose, and its defaults for search engines.
 */
export function SettingsGeneralPage() {
  const { t } = useI18n();
  const { can } = useManage();
  return (
    <ManagePage title={t.manage.nav.sections.settings} permission="settings:read">
      {can('settings:write') ? <IdentityForm /> : null}
      <SellingForm />
      <LocaleSettingsForm />
      <SeoForm />
    </ManagePage>
  );
}

/** Saved through the wizard's identity step, so the store and the wizard never disagree. */
function IdentityForm() {
  const { t } = useI18n();
  const { tenant } = useManage();
  const onboarding = useLoad(`onboarding:${tenant.id}`, (signal) =>
    onboardingApi.getOnboarding(tenant.id, signal),
  );
  const saved = onboarding.data?.steps.find((step) => step.step === 'identity')?.data;
  if (onboarding.error) {
    return <FormAlert message={describeApiError(onboarding.error, t)} />;
  }
  if (!saved) return <p role="status">{t.app.loading}</p>;
  return <IdentityFields saved={saved} />;
}

function IdentityFields({ saved }: { saved: Record<string, unknown> }) {
  const { t } = useI18n();
  const { tenant } = useManage();
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState(typeof saved.name === 'string' ? saved.name : tenant.name);
  const [locale, setLocale] = useState({
    country: tenant.country,
    currency: tenant.currency,
    language: tenant.language,
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [isPending, setIsPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice('');
    // Everything else the step holds (niche, colours) goes back exactly as it was read.
    const { slug: _slug, ...rest } = saved;
    const values = { ...rest, name, ...locale };
    const parsed = onboardingIdentityDataSchema.safeParse(values);
    if (!parsed.success) {
      setErrors(fieldErrorsFromZod(parsed.error, t, values));
      focusFirstInvalid(formRef.current);
      return;
    }
    setIsPending(true);
    setErrors({});
    setFormError(null);
    try {
      await onboardingApi.saveStep(tenant.id, 'identity', { status: 'done', data: parsed.data });
      setNotice(t.manage.settings.identitySaved);
    } catch (error) {
      const mapped = stepErrorToForm(error, t, ['name', 'country', 'currency', 'language']);
      setErrors(mapped.fields);
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
      aria-labelledby="identity-heading"
    >
      <h2 id="identity-heading" className="text-lg font-semibold">
        {t.manage.settings.identity}
      </h2>
      <FormAlert message={formError} />
      <TextField
        label={t.newStore.name}
        name="name"
        required
        maxLength={80}
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={errors.name}
      />
      <StoreLocaleFields value={locale} onChange={setLocale} errors={errors} />
      <p className="text-sm text-slate-600">{t.manage.settings.currencyNote}</p>
      <Button type="submit" isPending={isPending} pendingLabel={t.manage.common.saving}>
        {t.manage.common.save}
      </Button>
      <p role="status" className="text-sm text-green-800">
        {notice}
      </p>
    </form>
  );
}

function SellingForm() {
  const { t } = useI18n();
  const { api, can } = useManage();
  const settings = useLoad('settings', (signal) => api.getSettings(signal));
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<{ pricesIncludeTax: boolean; supportEmail: string } | null>(
    null,
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [isPending, setIsPending] = useState(false);
  const values = draft ?? {
    pricesIncludeTax: settings.data?.pricesIncludeTax ?? false,
    supportEmail: settings.data?.supportEmail ?? '',
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice('');
    const body = {
      pricesIncludeTax: values.pricesIncludeTax,
      supportEmail: blankToNull(values.supportEmail),
    };
    const parsed = updateStoreSettingsBodySchema.safeParse(body);
    if (!parsed.success) {
      setErrors(fieldErrorsFromZod(parsed.error, t, values));
      focusFirstInvalid(formRef.current);
      return;
    }
    setIsPending(true);
    setErrors({});
    setFormError(null);
    try {
      const next = await api.updateSettings(parsed.data);
      settings.setData(() => next);
      setDraft(null);
      setNotice(t.manage.common.saved);
    } catch (error) {
      const mapped = apiErrorToForm(error, t, ['pricesIncludeTax', 'supportEmail']);
      setErrors(mapped.fields);
      setFormError(mapped.form);
    } finally {
      setIsPending(false);
    }
  }

  if (settings.error) return <FormAlert message={describeApiError(settings.error, t)} />;
  if (!settings.data) return <p role="status">{t.app.loading}</p>;
  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => void submit(event)}
      className={`${cardClass} space-y-4`}
      aria-labelledby="selling-heading"
    >
      <h2 id="selling-heading" className="text-lg font-semibold">
        {t.manage.settings.selling}
      </h2>
      <FormAlert message={formError} />
      <fieldset disabled={!can('settings:write') || isPending} className="space-y-4">
        <CheckboxField
          label={t.manage.settings.pricesIncludeTax}
          hint={t.manage.settings.pricesIncludeTaxHint}
          checked={values.pricesIncludeTax}
          onChange={(event) => setDraft({ ...values, pricesIncludeTax: event.target.checked })}
        />
        <TextField
          label={t.manage.settings.supportEmail}
          name="supportEmail"
          type="email"
          inputMode="email"
          value={values.supportEmail}
          onChange={(event) => setDraft({ ...values, supportEmail: event.target.value })}
          hint={t.manage.settings.supportEmailHint}
          error={errors.supportEmail}
        />
      </fieldset>
      {can('settings:write') ? (
        <Button type="submit" isPending={isPending} pendingLabel={t.manage.common.saving}>
          {t.manage.common.save}
        </Button>
      ) : null}
      <p role="status" className="text-sm text-green-800">
        {notice}
      </p>
    </form>
  );
}

function SeoForm() {
  const { api } = useManage();
  const site = useLoad('site-settings', (signal) => api.getSiteSettings(signal));
  return (
    <Loaded state={site}>
      {(data) => <SeoFields site={data} onSaved={(next) => site.setData(() => next)} />}
    </Loaded>
  );
}

function SeoFields({
  site,
  onSaved,
}: {
  site: SiteSettings;
  onSaved: (site: SiteSettings) => void;
}) {
  const { t } = useI18n();
  const { can, tenant } = useManage();
  const { formRef, errors, formError, notice, isPending, save } = useSiteSettingsSave(
    'seo',
    onSaved,
  );
  const [values, setValues] = useState({
    titleSuffix: site.seo.titleSuffix ?? '',
    description: site.seo.description ?? '',
    socialImageUrl: site.seo.socialImageUrl ?? '',
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await save({
      titleSuffix: blankToNull(values.titleSuffix),
      description: blankToNull(values.description),
      socialImageUrl: blankToNull(values.socialImageUrl),
    });
  }

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => void submit(event)}
      className={`${cardClass} space-y-4`}
      aria-labelledby="seo-heading"
    >
      <h2 id="seo-heading" className="text-lg font-semibold">
        {t.manage.settings.seo}
      </h2>
      <FormAlert message={formError} />
      <fieldset disabled={!can('settings:write') || isPending} className="space-y-4">
        <TextField
          label={t.manage.settings.titleSuffix}
          name="titleSuffix"
          maxLength={60}
          value={values.titleSuffix}
          onChange={(event) => setValues({ ...values, titleSuffix: event.target.value })}
          hint={t.manage.settings.titleSuffixHint(tenant.name)}
          error={errors.titleSuffix}
        />
        <TextareaField
          label={t.manage.seo.description}
          name="description"
          maxLength={320}
          rows={3}
          value={values.description}
          onChange={(event) => setValues({ ...values, description: event.target.value })}
          hint={t.manage.settings.seoDescriptionHint}
          error={errors.description}
        />
        <TextField
          label={t.manage.settings.socialImage}
          name="socialImageUrl"
          type="url"
          inputMode="url"
          value={values.socialImageUrl}
          onChange={(event) => setValues({ ...values, socialImageUrl: event.target.value })}
          hint={t.manage.settings.socialImageHint}
          error={errors.socialImageUrl}
        />
      </fieldset>
      {can('settings:write') ? (
        <Button type="submit" isPending={isPending} pendingLabel={t.manage.common.saving}>
          {t.manage.common.save}
        </Button>
      ) : null}
      <p role="status" className="text-sm text-green-800">
        {notice}
      </p>
    </form>
  );
}
