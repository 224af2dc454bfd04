'use client';

import { useMemo } from 'react';
import { storeApiFor, storeSetupApiFor } from '../../lib/browser-client';
import { useWizard } from './wizard-provider';

/** The store's own API, once the store is ready in its cell; null before. */
export function useStoreApis() {
  const { tenant, onboarding, isReady } = useWizard();
  const apiUrl = isReady ? (onboarding?.urls.api ?? tenant?.urls.api ?? null) : null;
  return useMemo(
    () => (apiUrl ? { apiUrl, setup: storeSetupApiFor(apiUrl), store: storeApiFor(apiUrl) } : null),
    [apiUrl],
  );
}
