import { createApiClient } from './api-client';
import { createPlatformApi } from './platform-api';
import { createStoreApi } from './store-api';
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
