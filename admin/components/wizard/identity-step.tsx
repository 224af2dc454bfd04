'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { onboardingIdentityDataSchema } from '@mpb/contracts';
import { defaultBrandColors, isHexColor, isReadableBrandColor } from '../../lib/brand-colors';
import { fieldErrorsFromZod, type FieldErrors } from '../../lib/form-errors';
import { savedStepData, setupPath } from '../../lib/wizard-steps';
import { stepErrorToForm, storeAssetUrl } from '../../lib/step-form-errors';
import { focusFirstInvalid } from '../focus-first-invalid';
import { FormAlert } from '../form-alert';
import { useI18n } from '../i18n-provider';
import { cardClass } from '../styles';
import { ColorField } from '../ui/color-field';
import { BrandPreview } from './brand-preview';
import { LogoField } from './logo-field';
import { StepActions } from './step-actions';
import { StepFrame } from './step-frame';
import { StoreProfileFields } from './store-profile-fields';
import { useStoreApis } from './use-store-setup-api';
import { useStoreProfile, type StoreProfile } from './use-store-profile';
import { useWizard } from './wizard-provider';

const formId = 'identity-form';
const formFields = [
  'name',
  'niche',
  'country',
  'currency',
  'language',
  'primaryColor',
  'accentColor',
];

function text(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

/** Step 2 once the store exists: its profile (the address stays), logo and brand colours. */
export function IdentityStep() {
  const { t } = useI18n();
  const router = useRouter();
  const { tenantId, tenant, onboarding, saveStep, refresh } = useWizard();
  const apis = useStoreApis();
  const formRef = useRef<HTMLFormElement>(null);
  const saved = onboarding ? savedStepData(onboarding, 'identity') : {};
  const initial: StoreProfile = {
    name: text(saved.name, tenant?.name ?? ''),
    niche: text(saved.niche, tenant?.niche ?? ''),
    country: text(saved.country, tenant?.country ?? ''),
    currency: text(saved.currency, tenant?.currency ?? ''),
    language: text(saved.language, tenant?.language ?? ''),
  };
  const { profile, changeName, changeNiche, changeLocale } = useStoreProfile(initial, {
    isSaved: true,
  });
  const [primaryColor, setPrimaryColor] = useState(
    text(saved.primaryColor, defaultBrandColors.primaryColor),
  );
  const [accentColor, setAccentColor] = useState(
    text(saved.accentColor, defaultBrandColors.accentColor),
  );
  const [logoUrl, setLogoUrl] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  useEffect(() => {
    if (!apis) return;
    const controller = new AbortController();
    apis.setup
      .getTheme(controller.signal)
      .then((theme) => setLogoUrl(theme.logoUrl))
      // Without the theme the logo field still works; its preview just starts empty.
      .catch(() => undefined);
    return () => controller.abort();
  }, [apis]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = { ...profile, primaryColor, accentColor };
    const parsed = onboardingIdentityDataSchema.safeParse(values);
    if (!parsed.success) {
      setErrors(fieldErrorsFromZod(parsed.error, t, values));
      setFormError(null);
      return focusFirstInvalid(formRef.current);
    }
    setIsSaving(true);
    setErrors({});
    setFormError(null);
    try {
      await saveStep('identity', 'done', parsed.data);
      await refresh();
      router.push(setupPath(tenantId, 'template'));
    } catch (error) {
      const result = stepErrorToForm(error, t, formFields);
      setErrors(result.fields);
      setFormError(result.form);
      focusFirstInvalid(formRef.current);
      setIsSaving(false);
    }
  }

  const shownLogo = logoUrl && apis ? storeAssetUrl(logoUrl, apis.apiUrl) : null;
  const colorHint = (color: string) =>
    isHexColor(color) && !isReadableBrandColor(color) ? t.wizard.identity.lowContrast : undefined;

  return (
    <StepFrame title={t.wizard.identity.title} intro={t.wizard.identity.intro}>
      <form
        ref={formRef}
        id={formId}
        noValidate
        onSubmit={(event) => void submit(event)}
        className="space-y-5"
      >
        <div className={`${cardClass} space-y-4`}>
          <FormAlert message={formError} />
          <StoreProfileFields
            profile={profile}
            errors={errors}
            onNameChange={changeName}
            onNicheChange={changeNiche}
            onLocaleChange={changeLocale}
            afterName={
              <p className="text-sm text-slate-700">
                {t.wizard.identity.address}{' '}
                <span className="font-mono break-all">
                  {onboarding?.urls.storefront.replace(/^https?:\/\//, '')}
                </span>
              </p>
            }
          />
        </div>
        <section
          aria-labelledby="brand-heading"
          className={`${cardClass} grid gap-5 md:grid-cols-2`}
        >
          <div className="space-y-4">
            <h2 id="brand-heading" className="text-lg font-semibold">
              {t.wizard.identity.brand}
            </h2>
            <LogoField
              canUpload={apis !== null}
              hasLogo={logoUrl !== null}
              upload={async (file) => {
                if (!apis) return;
                setLogoUrl((await apis.setup.uploadLogo(file)).logoUrl);
              }}
              remove={async () => {
                if (!apis) return;
                setLogoUrl((await apis.setup.removeLogo()).logoUrl);
              }}
            />
            <ColorField
              label={t.wizard.identity.primaryColor}
              name="primaryColor"
              value={primaryColor}
              onChange={setPrimaryColor}
              hint={colorHint(primaryColor) ?? t.wizard.identity.primaryHint}
              error={errors.primaryColor}
            />
            <ColorField
              label={t.wizard.identity.accentColor}
              name="accentColor"
              value={accentColor}
              onChange={setAccentColor}
              hint={colorHint(accentColor) ?? t.wizard.identity.accentHint}
              error={errors.accentColor}
            />
          </div>
          <BrandPreview
            name={profile.name}
            logoUrl={shownLogo}
            primaryColor={primaryColor}
            accentColor={accentColor}
          />
        </section>
      </form>
      <StepActions step="identity" tenantId={tenantId} formId={formId} isSaving={isSaving} />
    </StepFrame>
  );
}
