'use client';

import { useState } from 'react';
import Link from 'next/link';
import { describeApiError } from '../lib/form-errors';
import { FormAlert } from './form-alert';
import { useI18n } from './i18n-provider';
import { ProvisioningChecklist } from './provisioning-checklist';
import { PublishToggle } from './publish-toggle';
import { LiveBadge, StatusBadge } from './status-badge';
import { StoreProducts } from './store-products';
import { cardClass, headingClass, linkClass } from './styles';
import { usePolledTenant } from './use-polled-tenant';

/** One store: its provisioning progress, then, once ready, publishing and products. */
export function StoreDashboard({ id }: { id: string }) {
  const { t } = useI18n();
  const { tenant, error, setTenant } = usePolledTenant(id);
  // Once the merchant has watched provisioning, the finished checklist stays on screen, so
  // its live region can still announce "ready" instead of vanishing as the store completes.
  const [hasWatchedProvisioning, setHasWatchedProvisioning] = useState(false);
  if (tenant?.status === 'provisioning' && !hasWatchedProvisioning) setHasWatchedProvisioning(true);
  const showsChecklist =
    tenant?.status === 'provisioning' ||
    tenant?.status === 'failed' ||
    (tenant?.status === 'ready' && hasWatchedProvisioning);

  return (
    <div className="space-y-6">
      <title>{`${tenant?.name ?? t.app.loading} · ${t.app.name}`}</title>
      <Link href="/stores" className={linkClass}>
        {t.store.back}
      </Link>
      <FormAlert message={error ? describeApiError(error, t) : null} />
      {!tenant && !error ? <p role="status">{t.app.loading}</p> : null}
      {tenant ? (
        <>
          <div className="space-y-1">
            <h1 className={`${headingClass} break-words`}>{tenant.name}</h1>
            <div className="flex flex-wrap items-center gap-2">
              <StatusBadge status={tenant.status} />
              <LiveBadge isLive={tenant.live} />
              <span className="font-mono text-sm break-all text-slate-600">{tenant.slug}</span>
            </div>
          </div>
          {showsChecklist ? (
            <div className={cardClass}>
              <ProvisioningChecklist tenant={tenant} />
            </div>
          ) : null}
          {tenant.status === 'ready' ? (
            <>
              <div className={`${cardClass} space-y-3`}>
                <PublishToggle tenant={tenant} onChange={setTenant} />
                <a
                  href={tenant.urls.storefront}
                  target="_blank"
                  rel="noopener noreferrer"
                  className={linkClass}
                >
                  {t.store.viewStorefront}
                  <span className="sr-only"> {t.store.opensInNewTab}</span>
                </a>
              </div>
              <div className={cardClass}>
                <StoreProducts tenant={tenant} />
              </div>
            </>
          ) : null}
          {tenant.status === 'suspended' ? <p>{t.store.suspendedNote}</p> : null}
        </>
      ) : null}
    </div>
  );
}
