'use client';

import { useEffect, useState } from 'react';
import type { Tenant } from '@mpb/contracts';
import { isApiError } from '../lib/api-error';
import { platformApi } from '../lib/browser-client';

const pollMs = 1000;
const retryMs = 3000;

/**
 * A store, re-read every second while it is provisioning so the checklist moves on its own.
 * Polling stops once the store settles (ready, failed, suspended) or the page goes away.
 */
export function usePolledTenant(id: string) {
  const [tenant, setTenant] = useState<Tenant | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const controller = new AbortController();
    let timer: number | undefined;

    async function poll() {
      try {
        const next = await platformApi.getTenant(id, controller.signal);
        setTenant(next);
        setError(null);
        if (next.status === 'provisioning') timer = window.setTimeout(() => void poll(), pollMs);
      } catch (caught) {
        if (controller.signal.aborted) return;
        setError(caught);
        // A blip (network, 5xx) must not freeze the progress; a 404 or 400 will not heal.
        const isTransient =
          isApiError(caught) && (caught.code === 'NETWORK' || caught.status >= 500);
        if (isTransient) timer = window.setTimeout(() => void poll(), retryMs);
      }
    }

    void poll();
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
  }, [id]);

  return { tenant, error, setTenant };
}
