'use client';

import { useRef, useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { onboardingDomainDataSchema } from '@mpb/contracts';
import { isApiError } from '../../lib/api-error';
import { fieldErrorsFromZod, type FieldErrors } from '../../lib/form-errors';
import { stepErrorToForm } from '../../lib/step-form-errors';
import { savedStepData, setupPath } from '../../lib/wizard-steps';
import { focusFirstInvalid } from '../focus-first-invalid';
import { FormAlert } from '../form-alert';
import { useI18n } from '../i18n-provider';
import { cardClass, linkClass } from '../styles';
import { TextField } from '../text-field';
import { Notice } from '../ui/notice';
import { StepActions } from './step-actions';
import { StepFrame } from './step-frame';
import { useWizard } from './wizard-provider';
import { blankToNull } from '../../lib/blank-to-null';

const formId = 'domain-form';

/**
 * Step 7: the store's address on the platform works already; a domain of the merchant's own
 * may be entered now or later, and its verification status is the control plane's.
 */
export function DomainStep() {
  const { t } = useI18n();
  const router = useRouter();
  const { tenantId, onboarding, saveStep } = useWizard();
  const formRef = useRef<HTMLFormElement>(null);
  const saved = onboarding ? savedStepData(onboarding, 'domain') : {};
  const [customDomain, setCustomDomain] = useState(
    typeof saved.customDomain === 'string'
      ? saved.customDomain
      : (onboarding?.domain?.hostname ?? ''),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const storefront = onboarding?.urls.storefront ?? '';
  const storeHost = storefront.replace(/^https?:\/\//, '').replace(/\/+$/, '');
  const domain = onboarding?.domain ?? null;

  async function save(status: 'done' | 'skipped', event?: FormEvent<HTMLFormElement>) {
    event?.preventDefault();
    const values = { customDomain: blankToNull(customDomain) };
    const parsed = onboardingDomainDataSchema.safeParse(values);
    if (status === 'done' && !parsed.success) {
      setErrors(
        fieldErrorsFromZod(parsed.error, t, values, { customDomain: t.wizard.domain.invalid }),
      );
      return focusFirstInvalid(formRef.current);
    }
    setIsSaving(true);
    setErrors({});
    setFormError(null);
    try {
      await saveStep(
        'domain',
        status,
        status === 'done' && parsed.success ? parsed.data : undefined,
      );
      router.push(setupPath(tenantId, 'publish'));
    } catch (error) {
      const result = stepErrorToForm(error, t, ['customDomain']);
      const isTaken = isApiError(error) && error.code === 'ALREADY_EXISTS';
      setErrors(isTaken ? { customDomain: t.wizard.domain.taken } : result.fields);
      setFormError(isTaken ? null : result.form);
      focusFirstInvalid(formRef.current);
      setIsSaving(false);
    }
  }

  return (
    <StepFrame title={t.wizard.domain.title} intro={t.wizard.domain.intro}>
      <section aria-labelledby="subdomain-heading" className={`${cardClass} space-y-2`}>
        <h2 id="subdomain-heading" className="text-lg font-semibold">
          {t.wizard.domain.subdomainHeading}
        </h2>
        <p>
          <a
            href={storefront}
            target="_blank"
            rel="noopener noreferrer"
            className={`${linkClass} font-mono break-all`}
          >
            {storeHost}
            <span className="sr-only"> {t.store.opensInNewTab}</span>
          </a>
        </p>
        <p className="text-sm text-slate-700">{t.wizard.domain.subdomainWorks}</p>
      </section>
      <form
        ref={formRef}
        id={formId}
        noValidate
        onSubmit={(event) => void save('done', event)}
        className={`${cardClass} space-y-4`}
        aria-labelledby="custom-domain-heading"
      >
        <h2 id="custom-domain-heading" className="text-lg font-semibold">
          {t.wizard.domain.customHeading}
        </h2>
        <FormAlert message={formError} />
        <TextField
          label={t.wizard.domain.customLabel}
          name="customDomain"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          inputMode="url"
          placeholder="www.example.com"
          value={customDomain}
          onChange={(event) => setCustomDomain(event.target.value)}
          hint={t.wizard.domain.customHint}
          error={errors.customDomain}
        />
        {domain ? (
          <Notice
            tone={
              domain.status === 'active'
                ? 'success'
                : domain.status === 'failed'
                  ? 'warning'
                  : 'info'
            }
            role="status"
          >
            <p>
              {t.wizard.domain.status(domain.hostname, t.wizard.domain.statuses[domain.status])}
            </p>
            {domain.status !== 'active' ? (
              <p className="mt-1">
                {t.wizard.domain.dnsHint(domain.hostname, storeHost.split(':')[0] ?? storeHost)}
              </p>
            ) : null}
          </Notice>
        ) : null}
      </form>
      <StepActions
        step="domain"
        tenantId={tenantId}
        formId={formId}
        onSkip={() => void save('skipped')}
        isSaving={isSaving}
      />
    </StepFrame>
  );
}
