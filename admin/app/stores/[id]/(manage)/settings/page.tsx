import { SettingsGeneralPage } from '../../../../../components/manage/settings-general-page';

export default function StoreSettingsPage() {
  return <SettingsGeneralPage />;
}
