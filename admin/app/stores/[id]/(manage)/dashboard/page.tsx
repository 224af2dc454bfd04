import { DashboardPage } from '../../../../../components/manage/dashboard-page';

export default function StoreDashboardPage() {
  return <DashboardPage />;
}
