'use client';

import { useEffect, useId, useRef, useState, useSyncExternalStore, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { createTenantBodySchema, toHandle } from '@mpb/contracts';
import { platformApi } from '../../lib/browser-client';
import { apiErrorToForm, fieldErrorsFromZod, type FieldErrors } from '../../lib/form-errors';
import { storeDefaultsFromLocale } from '../../lib/locale-defaults';
import { setupPath } from '../../lib/wizard-steps';
import { focusFirstInvalid } from '../focus-first-invalid';
import { FormAlert } from '../form-alert';
import { useI18n } from '../i18n-provider';
import { SlugStatus } from '../slug-status';
import { cardClass } from '../styles';
import { TextField } from '../text-field';
import { Button } from '../ui/button';
import { useSlugAvailability } from '../use-slug-availability';
import { StepFrame } from './step-frame';
import { StoreProfileFields } from './store-profile-fields';
import { useStoreProfile } from './use-store-profile';
import { WizardStepper } from './wizard-stepper';

const formFields = ['name', 'slug', 'niche', 'currency', 'language', 'country'] as const;
const noSubscription = () => () => undefined;

/**
 * Step 2 for a store that does not exist yet: its name, address and locale. Submitting creates
 * the store, which starts provisioning in the background while the merchant carries on.
 */
export function NewStoreStep() {
  const { t } = useI18n();
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const slugStatusId = useId();
  const { profile, changeName, changeNiche, changeLocale, resetProfile } = useStoreProfile(
    { name: '', niche: '', ...storeDefaultsFromLocale('en-US') },
    { isSaved: false },
  );
  const [slug, setSlug] = useState('');
  const [isSlugEdited, setIsSlugEdited] = useState(false);
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
    resetProfile({ name: '', niche: '', ...storeDefaultsFromLocale(navigator.language) });
  }, [resetProfile]);

  function changeStoreName(value: string) {
    changeName(value);
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
    const values = { ...profile, slug };
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
      router.push(setupPath(created.id, 'identity'));
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
    <div className="space-y-5">
      <WizardStepper onboarding={null} tenantId={null} viewing="identity" />
      <StepFrame title={t.wizard.newStore.title} intro={t.wizard.newStore.intro}>
        <form
          ref={formRef}
          noValidate
          onSubmit={(event) => void submit(event)}
          className={`${cardClass} space-y-4`}
        >
          <FormAlert message={formError} />
          <StoreProfileFields
            profile={profile}
            errors={errors}
            onNameChange={changeStoreName}
            onNicheChange={changeNiche}
            onLocaleChange={changeLocale}
            afterName={
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
            }
          />
          <p className="text-sm text-slate-600">{t.wizard.newStore.later}</p>
          <Button
            type="submit"
            className="w-full sm:w-auto"
            isPending={isSubmitting}
            pendingLabel={t.newStore.submitting}
          >
            {t.wizard.newStore.submit}
          </Button>
        </form>
      </StepFrame>
    </div>
  );
}
