'use client';

import { useEffect } from 'react';
import { useRouter } from 'next/navigation';
import { resumePath } from '../../lib/wizard-steps';
import { useI18n } from '../i18n-provider';
import { useWizard } from './wizard-provider';

/** Goes to the step the control plane says the merchant stopped at. */
export function WizardResume() {
  const { t } = useI18n();
  const router = useRouter();
  const { tenantId, onboarding } = useWizard();

  useEffect(() => {
    if (onboarding) router.replace(resumePath(tenantId, onboarding));
  }, [onboarding, tenantId, router]);

  return <p role="status">{t.app.loading}</p>;
}
