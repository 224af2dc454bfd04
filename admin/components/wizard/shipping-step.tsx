'use client';

import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import type { ShippingAndTaxesDefaults } from '@mpb/contracts';
import { describeApiError, describeMoneyError, type FieldErrors } from '../../lib/form-errors';
import {
  formFromDefaults,
  formFromStore,
  shippingBodyFromForm,
  type ShippingForm,
} from '../../lib/shipping-form';
import { setupPath, stepState } from '../../lib/wizard-steps';
import { focusFirstInvalid } from '../focus-first-invalid';
import { FormAlert } from '../form-alert';
import { useI18n } from '../i18n-provider';
import { cardClass } from '../styles';
import { TextField } from '../text-field';
import { CheckboxField } from '../ui/checkbox-field';
import { Notice } from '../ui/notice';
import { StepActions } from './step-actions';
import { StepFrame } from './step-frame';
import { TaxRateRows } from './tax-rate-rows';
import { useStoreApis } from './use-store-setup-api';
import { useWizard } from './wizard-provider';

const formId = 'shipping-form';

/**
 * Step 6: the shipping and taxes usual for the store's country, proposed and editable. Coming
 * back shows what the store has, not the proposal again.
 */
export function ShippingStep() {
  const { t, language } = useI18n();
  const router = useRouter();
  const { tenantId, tenant, onboarding, saveStep } = useWizard();
  const apis = useStoreApis();
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState<ShippingForm | null>(null);
  const [defaults, setDefaults] = useState<ShippingAndTaxesDefaults | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [isSaving, setIsSaving] = useState(false);
  const currency = tenant?.currency ?? 'USD';
  const country = tenant?.country ?? 'US';
  const wasSaved = onboarding ? stepState(onboarding, 'shipping-and-taxes') === 'done' : false;

  useEffect(() => {
    if (!apis) return;
    const { setup } = apis;
    const controller = new AbortController();
    async function load() {
      const proposal = await setup.getShippingDefaults(country, controller.signal);
      setDefaults(proposal);
      const existing = wasSaved
        ? formFromStore(await setup.getSellingSetup(controller.signal), country, currency, language)
        : null;
      setForm((current) => current ?? existing ?? formFromDefaults(proposal, language));
    }
    load().catch((caught: unknown) => {
      if (!controller.signal.aborted) setError(caught);
    });
    return () => controller.abort();
  }, [apis, country, currency, wasSaved, language]);

  const taxNote = useMemo(
    () => (defaults ? t.wizard.shipping.taxNotes[defaults.taxNote] : null),
    [defaults, t],
  );

  function patch(next: Partial<ShippingForm>) {
    setForm((current) => (current ? { ...current, ...next } : current));
  }

  function translate(fields: FieldErrors): FieldErrors {
    const out: FieldErrors = {};
    for (const [path, message] of Object.entries(fields)) {
      if (path.endsWith('.rateBps')) out[path] = t.wizard.shipping.percentInvalid;
      else if (path.endsWith('.region'))
        out[path] = t.wizard.shipping.regionInvalid(country, message ?? '');
      else if (path.endsWith('.name') || path === 'zoneName') out[path] = t.errors.required;
      else out[path] = message;
    }
    return out;
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!apis || !form) return;
    const result = shippingBodyFromForm(form, currency);
    if (!result.ok) {
      const found = translate(result.fields);
      if (result.money.flatRate) found.flatRate = describeMoneyError(result.money.flatRate, t);
      if (result.money.freeOver) found.freeOver = describeMoneyError(result.money.freeOver, t);
      setErrors(found);
      return focusFirstInvalid(formRef.current);
    }
    setIsSaving(true);
    setErrors({});
    setError(null);
    try {
      await apis.setup.applyShippingAndTaxes(result.body);
      await saveStep('shipping-and-taxes', 'done');
      router.push(setupPath(tenantId, 'domain'));
    } catch (caught) {
      setError(caught);
      setIsSaving(false);
    }
  }

  async function skip() {
    setIsSaving(true);
    try {
      await saveStep('shipping-and-taxes', 'skipped');
      router.push(setupPath(tenantId, 'domain'));
    } catch (caught) {
      setError(caught);
      setIsSaving(false);
    }
  }

  return (
    <StepFrame title={t.wizard.shipping.title} intro={t.wizard.shipping.intro}>
      <FormAlert message={error ? describeApiError(error, t) : null} />
      {!apis ? (
        <p className="rounded-md bg-slate-100 p-4 text-slate-700">{t.wizard.catalog.waiting}</p>
      ) : null}
      {apis && !form && !error ? <p role="status">{t.app.loading}</p> : null}
      {form ? (
        <form
          ref={formRef}
          id={formId}
          noValidate
          onSubmit={(event) => void submit(event)}
          className="space-y-5"
        >
          <section aria-labelledby="shipping-heading" className={`${cardClass} space-y-4`}>
            <h2 id="shipping-heading" className="text-lg font-semibold">
              {t.wizard.shipping.shippingHeading}
            </h2>
            <TextField
              label={t.wizard.shipping.zoneName}
              name="zoneName"
              maxLength={80}
              value={form.zoneName}
              onChange={(event) => patch({ zoneName: event.target.value })}
              error={errors.zoneName}
            />
            <TextField
              label={t.wizard.shipping.flatRate}
              name="flatRate"
              inputMode="decimal"
              value={form.flatRate}
              onChange={(event) => patch({ flatRate: event.target.value })}
              hint={t.products.priceHint(currency)}
              error={errors.flatRate}
            />
            <CheckboxField
              label={t.wizard.shipping.freeOverToggle}
              checked={form.hasFreeOver}
              onChange={(event) => patch({ hasFreeOver: event.target.checked })}
            />
            {form.hasFreeOver ? (
              <TextField
                label={t.wizard.shipping.freeOver}
                name="freeOver"
                inputMode="decimal"
                value={form.freeOver}
                onChange={(event) => patch({ freeOver: event.target.value })}
                hint={t.products.priceHint(currency)}
                error={errors.freeOver}
              />
            ) : null}
          </section>
          <section aria-labelledby="taxes-heading" className={`${cardClass} space-y-4`}>
            <h2 id="taxes-heading" className="text-lg font-semibold">
              {t.wizard.shipping.taxesHeading}
            </h2>
            {taxNote ? <Notice tone="info">{taxNote}</Notice> : null}
            <CheckboxField
              label={t.wizard.shipping.taxInclusive}
              hint={t.wizard.shipping.taxInclusiveHint}
              checked={form.taxInclusive}
              onChange={(event) => patch({ taxInclusive: event.target.checked })}
            />
            <TaxRateRows
              rates={form.taxRates}
              onChange={(taxRates) => patch({ taxRates })}
              errors={errors}
            />
            {errors.taxRates ? (
              <p className="text-sm font-medium text-red-700">{errors.taxRates}</p>
            ) : null}
          </section>
        </form>
      ) : null}
      <StepActions
        step="shipping-and-taxes"
        tenantId={tenantId}
        formId={formId}
        isContinueDisabled={!form}
        onSkip={() => void skip()}
        isSaving={isSaving}
      />
    </StepFrame>
  );
}
