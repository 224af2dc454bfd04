import { RequireSession } from '../../../components/require-session';
import { StoreLanding } from '../../../components/manage/store-landing';

/** A store's own address: sends the member to its setup wizard or its admin. */
export default async function StorePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <RequireSession>
      <StoreLanding tenantId={id} />
    </RequireSession>
  );
}
