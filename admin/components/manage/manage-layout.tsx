'use client';

import type { ReactNode } from 'react';
import Link from 'next/link';
import { describeApiError } from '../../lib/form-errors';
import { FormAlert } from '../form-alert';
import { useI18n } from '../i18n-provider';
import { LiveBadge, StatusBadge } from '../status-badge';
import { linkClass } from '../styles';
import { ManageNav } from './manage-nav';
import { ManageProvider, useManageLoad } from './manage-provider';

/** The frame of every store admin page: the store's name, the sections, then the page. */
export function ManageLayout({ tenantId, children }: { tenantId: string; children: ReactNode }) {
  const { t } = useI18n();
  const load = useManageLoad(tenantId);

  if (load.state === 'loading') return <p role="status">{t.app.loading}</p>;
  if (load.state === 'failed') {
    return (
      <div className="space-y-4">
        <Link href="/stores" className={linkClass}>
          {t.store.back}
        </Link>
        <FormAlert message={describeApiError(load.error, t)} />
      </div>
    );
  }
  if (load.state === 'not-ready') {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">{load.tenant.name}</h1>
        <p>{t.manage.layout.notReady}</p>
        <Link href={`/stores/${load.tenant.id}`} className={linkClass}>
          {t.manage.layout.openStore}
        </Link>
      </div>
    );
  }

  const { tenant, membershipError } = load.value;
  return (
    <ManageProvider value={load.value}>
      <div className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <div className="min-w-0 space-y-1">
            <Link href="/stores" className={`${linkClass} text-sm`}>
              {t.store.back}
            </Link>
            <p className="text-lg font-semibold break-words">{tenant.name}</p>
          </div>
          <div className="flex flex-wrap items-center gap-3">
            <StatusBadge status={tenant.status} />
            <LiveBadge isLive={tenant.live} />
            <a
              href={tenant.urls.storefront}
              target="_blank"
              rel="noopener noreferrer"
              className={`${linkClass} text-sm`}
            >
              {t.store.viewStorefront}
              <span className="sr-only"> {t.store.opensInNewTab}</span>
            </a>
          </div>
        </div>
        <FormAlert message={membershipError ? describeApiError(membershipError, t) : null} />
        <div className="gap-6 lg:grid lg:grid-cols-[13rem_minmax(0,1fr)]">
          <ManageNav />
          <div className="mt-4 min-w-0 lg:mt-0">{children}</div>
        </div>
      </div>
    </ManageProvider>
  );
}
