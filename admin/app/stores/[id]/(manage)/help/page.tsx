import { HelpPage } from '../../../../../components/manage/help-page';

export default function StoreHelpPage() {
  return <HelpPage />;
}
