import { Suspense, type ReactNode } from 'react';
import { OperatorLayout } from '../../components/operator/operator-layout';
import { RequireSession } from '../../components/require-session';

/** Platform operators' pages. The API answers 403 to anyone else; the page says so first. */
export default function OperatorRootLayout({ children }: { children: ReactNode }) {
  return (
    <RequireSession>
      <OperatorLayout>
        {/* The lists read their filters from the URL, which only the browser knows. */}
        <Suspense fallback={<p role="status">Loading…</p>}>{children}</Suspense>
      </OperatorLayout>
    </RequireSession>
  );
}
