'use client';

import { useEffect, type ReactNode } from 'react';
import { useRouter } from 'next/navigation';
import { useI18n } from './i18n-provider';
import { useSession } from './session-provider';

/** Shows its children only to a signed-in user; anyone else goes to /login. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const { t } = useI18n();
  const router = useRouter();

  useEffect(() => {
    if (session === null) router.replace('/login');
  }, [session, router]);

  if (!session) return <p role="status">{t.app.loading}</p>;
  return children;
}
