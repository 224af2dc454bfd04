import { createApiClient } from './api-client';
import { createManagePlatformApi } from './manage-platform-api';
import { createManageStoreApi } from './manage-store-api';
import { createOnboardingApi } from './onboarding-api';
import { createPlatformApi } from './platform-api';
import { createStoreApi } from './store-api';
import { createStoreSetupApi } from './store-setup-api';
import { createBrowserTokenStore } from './token-store';

/**
 * The admin's single API client in the browser. Importing this during server rendering is
 * safe: nothing here touches `window` until a request is made.
 */
export const tokenStore = createBrowserTokenStore();

export const apiClient = createApiClient({
  tokens: tokenStore,
  onSessionExpired: () => {
    if (window.location.pathname !== '/login') window.location.assign('/login');
  },
  withRefreshLock: (task) =>
    typeof navigator !== 'undefined' && 'locks' in navigator
      ? navigator.locks.request('mpb-admin-refresh', task)
      : task(),
});

export const platformApi = createPlatformApi(apiClient, tokenStore);

export function storeApiFor(apiUrl: string) {
  return createStoreApi(apiClient, apiUrl);
}

export const onboardingApi = createOnboardingApi(apiClient);

export function storeSetupApiFor(apiUrl: string) {
  return createStoreSetupApi(apiClient, apiUrl);
}

/** The store admin's and operators' calls to the platform API. */
export const managePlatformApi = createManagePlatformApi(apiClient);

/** The store admin's calls to one store's API. */
export function manageStoreApiFor(apiUrl: string) {
  return createManageStoreApi(apiClient, apiUrl);
}
