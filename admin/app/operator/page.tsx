import { OperatorTenantsPage } from '../../components/operator/operator-tenants-page';

export default function OperatorPage() {
  return <OperatorTenantsPage />;
}
