'use client';

import { useEffect, type ComponentType } from 'react';
import { useRouter } from 'next/navigation';
import { canOpenStep, resumePath, type WizardStep } from '../../lib/wizard-steps';
import { useI18n } from '../i18n-provider';
import { CatalogStep } from './catalog-step';
import { DomainStep } from './domain-step';
import { IdentityStep } from './identity-step';
import { PaymentsStep } from './payments-step';
import { PublishStep } from './publish-step';
import { ShippingStep } from './shipping-step';
import { TemplateStep } from './template-step';
import { useWizard } from './wizard-provider';

const stepPages: Record<WizardStep, ComponentType> = {
  identity: IdentityStep,
  template: TemplateStep,
  catalog: CatalogStep,
  payments: PaymentsStep,
  'shipping-and-taxes': ShippingStep,
  domain: DomainStep,
  publish: PublishStep,
};

/** One step, if the merchant has reached it; a step further on sends them to where they are. */
export function WizardStepPage({ step }: { step: WizardStep }) {
  const { t } = useI18n();
  const router = useRouter();
  const { tenantId, onboarding } = useWizard();
  const isOpen = onboarding !== null && canOpenStep(onboarding, step);

  useEffect(() => {
    if (onboarding && !isOpen) router.replace(resumePath(tenantId, onboarding));
  }, [onboarding, isOpen, tenantId, router]);

  if (!isOpen) return <p role="status">{t.app.loading}</p>;
  const Page = stepPages[step];
  return <Page />;
}
