'use client';

import { useEffect, useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import type { Tenant } from '@mpb/contracts';
import { platformApi } from '../lib/browser-client';
import { describeApiError } from '../lib/form-errors';
import { FormAlert } from './form-alert';
import { useI18n } from './i18n-provider';
import { LiveBadge, StatusBadge } from './status-badge';
import { cardClass, headingClass, linkClass, primaryButtonClass } from './styles';

type Load =
  | { state: 'loading' }
  | { state: 'loaded'; stores: Tenant[] }
  | { state: 'failed'; error: unknown };

/** The signed-in user's stores. */
export function StoreList() {
  const { t } = useI18n();
  const router = useRouter();
  const [load, setLoad] = useState<Load>({ state: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    platformApi
      .listTenants(controller.signal)
      .then((stores) => setLoad({ state: 'loaded', stores }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setLoad({ state: 'failed', error });
      });
    return () => controller.abort();
  }, []);

  return (
    <section aria-labelledby="stores-heading" className="space-y-4">
      <title>{`${t.stores.title} · ${t.app.name}`}</title>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="stores-heading" className={headingClass}>
          {t.stores.title}
        </h1>
        {/* A button, not a link, because that is the control the product specifies. */}
        <button
          type="button"
          className={primaryButtonClass}
          onClick={() => router.push('/stores/new')}
        >
          {t.stores.create}
        </button>
      </div>
      {load.state === 'loading' ? <p role="status">{t.app.loading}</p> : null}
      <FormAlert message={load.state === 'failed' ? describeApiError(load.error, t) : null} />
      {load.state === 'loaded' && load.stores.length === 0 ? <p>{t.stores.empty}</p> : null}
      {load.state === 'loaded' && load.stores.length > 0 ? (
        <ul className="space-y-3">
          {load.stores.map((store) => (
            <li key={store.id} className={cardClass}>
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h2 className="text-lg font-semibold">
                  <Link
                    href={`/stores/${store.id}`}
                    className={linkClass}
                    aria-label={t.stores.manage(store.name)}
                  >
                    {store.name}
                  </Link>
                </h2>
                <div className="flex gap-2">
                  <StatusBadge status={store.status} />
                  <LiveBadge isLive={store.live} />
                </div>
              </div>
              <p className="mt-1 font-mono text-sm break-all text-slate-600">{store.slug}</p>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
