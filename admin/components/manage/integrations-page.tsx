'use client';

import { useState, type FormEvent } from 'react';
import Link from 'next/link';
import type { SiteSettings } from '@mpb/contracts';
import { onboardingApi } from '../../lib/browser-client';
import { describeApiError } from '../../lib/form-errors';
import { FormAlert } from '../form-alert';
import { useI18n } from '../i18n-provider';
import { cardClass, linkClass } from '../styles';
import { TextField } from '../text-field';
import { Button } from '../ui/button';
import { Notice } from '../ui/notice';
import { ManagePage } from './manage-page';
import { useManage } from './manage-provider';
import { Loaded } from './loaded';
import { useLoad } from './use-load';
import { useSiteSettingsSave } from './use-site-settings-save';
import { blankToNull } from '../../lib/blank-to-null';

/** Stripe, the sender of the store's emails, and the analytics tags of the storefront. */
export function IntegrationsPage() {
  const { t } = useI18n();
  return (
    <ManagePage title={t.manage.nav.sections.integrations} permission="settings:read">
      <StripeCard />
      <EmailCard />
      <AnalyticsCard />
    </ManagePage>
  );
}

function StripeCard() {
  const { t } = useI18n();
  const { tenant, can } = useManage();
  const status = useLoad(`payments:${tenant.id}`, (signal) =>
    onboardingApi.getPaymentStatus(tenant.id, signal),
  );
  const [error, setError] = useState<unknown>(null);
  const [isPending, setIsPending] = useState(false);

  async function connect() {
    setIsPending(true);
    setError(null);
    try {
      const started = await onboardingApi.startStripeOnboarding(
        tenant.id,
        `/stores/${tenant.id}/integrations`,
      );
      window.location.assign(started.url);
    } catch (caught) {
      setError(caught);
      setIsPending(false);
    }
  }

  const data = status.data;
  const state = !data?.accountId ? 'none' : data.chargesEnabled ? 'ready' : 'pending';
  return (
    <section className={`${cardClass} space-y-3`} aria-labelledby="stripe-heading">
      <h2 id="stripe-heading" className="text-lg font-semibold">
        Stripe
      </h2>
      <FormAlert
        message={error || status.error ? describeApiError(error ?? status.error, t) : null}
      />
      {data ? (
        <div role="status" data-testid="stripe-status">
          <Notice
            tone={state === 'ready' ? 'success' : 'warning'}
            title={t.manage.integrations.stripe[state]}
          >
            {state === 'ready' ? null : t.manage.integrations.testMode}
          </Notice>
        </div>
      ) : status.isLoading ? (
        <p role="status">{t.app.loading}</p>
      ) : null}
      {data && state !== 'ready' && can('payments:manage') ? (
        <Button onClick={() => void connect()} isPending={isPending}>
          {state === 'none' ? t.manage.integrations.connect : t.manage.integrations.continue}
        </Button>
      ) : null}
    </section>
  );
}

function EmailCard() {
  const { t } = useI18n();
  const { api, tenant } = useManage();
  const settings = useLoad('settings', (signal) => api.getSettings(signal));
  return (
    <section className={`${cardClass} space-y-2`} aria-labelledby="email-heading">
      <h2 id="email-heading" className="text-lg font-semibold">
        {t.manage.integrations.email}
      </h2>
      <FormAlert message={settings.error ? describeApiError(settings.error, t) : null} />
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">{t.manage.integrations.senderName}</dt>
        <dd>{tenant.name}</dd>
        <dt className="font-medium">{t.manage.integrations.replyTo}</dt>
        <dd className="break-all">
          {settings.data?.supportEmail ?? t.manage.integrations.noReplyTo}
        </dd>
      </dl>
      <p className="text-sm text-slate-700">
        {t.manage.integrations.emailHint}{' '}
        <Link href={`/stores/${tenant.id}/settings`} className={linkClass}>
          {t.manage.nav.sections.settings}
        </Link>
      </p>
    </section>
  );
}

function AnalyticsCard() {
  const { api } = useManage();
  const site = useLoad('site-settings', (signal) => api.getSiteSettings(signal));
  return (
    <Loaded state={site}>
      {(data) => <AnalyticsForm site={data} onSaved={(next) => site.setData(() => next)} />}
    </Loaded>
  );
}

function AnalyticsForm({
  site,
  onSaved,
}: {
  site: SiteSettings;
  onSaved: (site: SiteSettings) => void;
}) {
  const { t } = useI18n();
  const { can } = useManage();
  const { formRef, errors, formError, notice, isPending, save } = useSiteSettingsSave(
    'analytics',
    onSaved,
  );
  const [values, setValues] = useState({
    ga4MeasurementId: site.analytics.ga4MeasurementId ?? '',
    metaPixelId: site.analytics.metaPixelId ?? '',
  });
  const canWrite = can('settings:write');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await save({
      ga4MeasurementId: blankToNull(values.ga4MeasurementId),
      metaPixelId: blankToNull(values.metaPixelId),
    });
  }

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => void submit(event)}
      className={`${cardClass} space-y-4`}
      aria-labelledby="analytics-heading"
    >
      <h2 id="analytics-heading" className="text-lg font-semibold">
        {t.manage.integrations.analytics}
      </h2>
      <p className="text-sm text-slate-700">{t.manage.integrations.analyticsHint}</p>
      <FormAlert message={formError} />
      <fieldset disabled={!canWrite || isPending} className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t.manage.integrations.ga4}
          name="ga4MeasurementId"
          autoComplete="off"
          spellCheck={false}
          placeholder="G-AB12CD34EF"
          value={values.ga4MeasurementId}
          onChange={(event) => setValues({ ...values, ga4MeasurementId: event.target.value })}
          error={errors.ga4MeasurementId}
        />
        <TextField
          label={t.manage.integrations.metaPixel}
          name="metaPixelId"
          inputMode="numeric"
          autoComplete="off"
          value={values.metaPixelId}
          onChange={(event) => setValues({ ...values, metaPixelId: event.target.value })}
          error={errors.metaPixelId}
        />
      </fieldset>
      {canWrite ? (
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
