import { IntegrationsPage } from '../../../../../components/manage/integrations-page';

export default function StoreIntegrationsPage() {
  return <IntegrationsPage />;
}
