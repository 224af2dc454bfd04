import { WizardResume } from '../../../../components/wizard/wizard-resume';

/** `/stores/<id>/setup` sends the merchant to the step they stopped at. */
export default function SetupPage() {
  return <WizardResume />;
}
