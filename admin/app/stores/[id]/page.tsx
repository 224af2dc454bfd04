import { RequireSession } from '../../../components/require-session';
import { StoreDashboard } from '../../../components/store-dashboard';

export default async function StorePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <RequireSession>
      <StoreDashboard id={id} />
    </RequireSession>
  );
}
