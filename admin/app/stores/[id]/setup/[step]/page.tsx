import { notFound } from 'next/navigation';
import { WizardStepPage } from '../../../../../components/wizard/wizard-step-page';
import { isWizardStep } from '../../../../../lib/wizard-steps';

export default async function SetupStepPage({ params }: { params: Promise<{ step: string }> }) {
  const { step } = await params;
  if (!isWizardStep(step)) notFound();
  return <WizardStepPage step={step} />;
}
