'use client';

import { useEffect, useState } from 'react';
import { useRouter } from 'next/navigation';
import { onboardingTemplateDataSchema, type StoreTemplate } from '@mpb/contracts';
import { defaultBrandColors } from '../../lib/brand-colors';
import { onboardingApi } from '../../lib/browser-client';
import { describeApiError } from '../../lib/form-errors';
import { savedStepData, setupPath } from '../../lib/wizard-steps';
import { stepErrorToForm } from '../../lib/step-form-errors';
import { FormAlert } from '../form-alert';
import { useI18n } from '../i18n-provider';
import { cardClass } from '../styles';
import { RadioCards } from '../ui/radio-cards';
import { StepActions } from './step-actions';
import { StepFrame } from './step-frame';
import { StorefrontPreview } from './storefront-preview';
import { TemplateThumbnail } from './template-thumbnail';
import { useWizard } from './wizard-provider';

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** Step 3: a template, tried live on the store's own storefront before it is saved. */
export function TemplateStep() {
  const { t, language } = useI18n();
  const router = useRouter();
  const { tenantId, onboarding, saveStep } = useWizard();
  const [templates, setTemplates] = useState<StoreTemplate[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const saved = onboarding ? savedStepData(onboarding, 'template') : {};
  const identity = onboarding ? savedStepData(onboarding, 'identity') : {};
  const [chosen, setChosen] = useState<string | null>(text(saved.templateId));
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const primaryColor = text(identity.primaryColor) ?? defaultBrandColors.primaryColor;
  const accentColor = text(identity.accentColor) ?? defaultBrandColors.accentColor;

  useEffect(() => {
    const controller = new AbortController();
    onboardingApi
      .listTemplates(controller.signal)
      .then((items) => {
        setTemplates(items);
        // `default` is what stores created before templates say: it is the first template.
        setChosen((current) =>
          current && items.some((item) => item.id === current) ? current : (items[0]?.id ?? null),
        );
      })
      .catch((caught: unknown) => {
        if (!controller.signal.aborted) setLoadError(caught);
      });
    return () => controller.abort();
  }, []);

  async function save(status: 'done' | 'skipped') {
    setFieldError(undefined);
    setFormError(null);
    let data: Record<string, unknown> | undefined;
    if (status === 'done') {
      const parsed = onboardingTemplateDataSchema.safeParse({ templateId: chosen ?? '' });
      if (!parsed.success) return setFieldError(t.errors.invalidChoice);
      data = parsed.data;
    }
    setIsSaving(true);
    try {
      await saveStep('template', status, data);
      router.push(setupPath(tenantId, 'catalog'));
    } catch (error) {
      const result = stepErrorToForm(error, t, ['templateId']);
      setFieldError(result.fields.templateId);
      setFormError(result.form);
      setIsSaving(false);
    }
  }

  const chosenTemplate = templates?.find((item) => item.id === chosen) ?? null;
  return (
    <StepFrame title={t.wizard.template.title} intro={t.wizard.template.intro}>
      <FormAlert message={formError ?? (loadError ? describeApiError(loadError, t) : null)} />
      {templates === null && !loadError ? <p role="status">{t.app.loading}</p> : null}
      {templates ? (
        <div className={`${cardClass} space-y-5`}>
          <RadioCards
            legend={t.wizard.template.legend}
            name="template"
            value={chosen}
            onChange={setChosen}
            error={fieldError}
            options={templates.map((item) => ({
              value: item.id,
              label: item.name[language],
              description: item.description[language],
              media: <TemplateThumbnail template={item} />,
            }))}
          />
          <div className="space-y-2">
            <h2 className="text-lg font-semibold">{t.wizard.preview.heading}</h2>
            <p className="text-sm text-slate-700">{t.wizard.preview.explain}</p>
            {chosenTemplate ? (
              <StorefrontPreview
                template={chosenTemplate.id}
                primaryColor={primaryColor}
                accentColor={accentColor}
                title={t.wizard.preview.frameTitle(chosenTemplate.name[language])}
              />
            ) : null}
          </div>
        </div>
      ) : null}
      <StepActions
        step="template"
        tenantId={tenantId}
        onContinue={() => void save('done')}
        onSkip={() => void save('skipped')}
        isContinueDisabled={templates === null}
        isSaving={isSaving}
      />
    </StepFrame>
  );
}
