'use client';

import { useEffect } from 'react';
import { useRouter } from 'next/navigation';
import { useI18n } from '../components/i18n-provider';
import { useSession } from '../components/session-provider';

/** No content of its own: signed-in users go to their stores, others to the login. */
export default function HomePage() {
  const { session } = useSession();
  const { t } = useI18n();
  const router = useRouter();

  useEffect(() => {
    if (session !== undefined) router.replace(session ? '/stores' : '/login');
  }, [session, router]);

  return <p role="status">{t.app.loading}</p>;
}
