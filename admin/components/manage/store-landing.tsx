'use client';

import { useEffect, useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { manageStoreApiFor, onboardingApi, platformApi } from '../../lib/browser-client';
import { describeApiError } from '../../lib/form-errors';
import { permissionChecker } from '../../lib/manage-sections';
import { landingPath } from '../../lib/store-landing';
import { FormAlert } from '../form-alert';
import { useI18n } from '../i18n-provider';
import { linkClass } from '../styles';

/** `/stores/<id>`: no page of its own; it sends the member to the wizard or the admin. */
export function StoreLanding({ tenantId }: { tenantId: string }) {
  const { t } = useI18n();
  const router = useRouter();
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    async function route() {
      const tenant = await platformApi.getTenant(tenantId, signal);
      const isReady = tenant.status === 'ready' || tenant.status === 'suspended';
      const api = manageStoreApiFor(tenant.urls.api);
      const [onboarding, membership] = await Promise.all([
        isReady ? onboardingApi.getOnboarding(tenantId, signal).catch(() => null) : null,
        isReady ? api.getMyMembership(signal).catch(() => null) : null,
      ]);
      if (signal.aborted) return;
      router.replace(
        landingPath({
          tenantId,
          status: tenant.status,
          live: tenant.live,
          onboarding,
          can: permissionChecker(membership?.permissions),
        }),
      );
    }
    route().catch((caught: unknown) => {
      if (!signal.aborted) setError(caught);
    });
    return () => controller.abort();
  }, [tenantId, router]);

  if (!error) return <p role="status">{t.app.loading}</p>;
  return (
    <div className="space-y-4">
      <Link href="/stores" className={linkClass}>
        {t.store.back}
      </Link>
      <FormAlert message={describeApiError(error, t)} />
    </div>
  );
}
