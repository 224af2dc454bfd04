import { Suspense, type ReactNode } from 'react';
import { ManageLayout } from '../../../../components/manage/manage-layout';
import { RequireSession } from '../../../../components/require-session';

/** Every store admin page: the store, the member's permissions and the sections around it. */
export default async function StoreAdminLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  return (
    <RequireSession>
      <ManageLayout tenantId={id}>
        {/* Pages read their filters from the URL, which only the browser knows. */}
        <Suspense fallback={<p role="status">Loading…</p>}>{children}</Suspense>
      </ManageLayout>
    </RequireSession>
  );
}
