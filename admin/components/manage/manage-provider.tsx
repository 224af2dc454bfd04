'use client';

import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { MyMembership, Tenant } from '@mpb/contracts';
import { manageStoreApiFor, platformApi } from '../../lib/browser-client';
import { permissionChecker, type Can } from '../../lib/manage-sections';
import type { ManageStoreApi } from '../../lib/manage-store-api';
import { useLoad } from './use-load';

export interface ManageState {
  tenant: Tenant;
  /** The store's own API, where orders, catalog and settings live. */
  api: ManageStoreApi;
  /** Null when it could not be read: then nothing is offered. */
  membership: MyMembership | null;
  can: Can;
  /** The error reading the membership, shown once by the layout. */
  membershipError: unknown;
}

const ManageContext = createContext<ManageState | null>(null);

export type ManageLoad =
  | { state: 'loading' }
  | { state: 'failed'; error: unknown }
  | { state: 'not-ready'; tenant: Tenant }
  | { state: 'ready'; value: ManageState };

/**
 * The store being managed and what the signed-in member may do in it, read once for every
 * page of the store admin: the store from the platform API, the membership (role and
 * permissions) from the store's own API.
 */
export function useManageLoad(tenantId: string): ManageLoad {
  const tenant = useLoad(`tenant:${tenantId}`, (signal) => platformApi.getTenant(tenantId, signal));
  const api = useMemo(
    () => (tenant.data ? manageStoreApiFor(tenant.data.urls.api) : null),
    [tenant.data],
  );
  const isReady = tenant.data?.status === 'ready';
  const membership = useLoad(isReady && api ? `me:${tenantId}` : null, (signal) =>
    api!.getMyMembership(signal),
  );
  const value = useMemo<ManageState | null>(() => {
    if (!tenant.data || !api) return null;
    const data = membership.data ?? null;
    return {
      tenant: tenant.data,
      api,
      membership: data,
      can: permissionChecker(data?.permissions),
      membershipError: membership.error,
    };
  }, [tenant.data, api, membership.data, membership.error]);

  if (tenant.error && !tenant.data) return { state: 'failed', error: tenant.error };
  if (!tenant.data || !value) return { state: 'loading' };
  if (!isReady) return { state: 'not-ready', tenant: tenant.data };
  if (membership.isLoading && !membership.data) return { state: 'loading' };
  return { state: 'ready', value };
}

export function ManageProvider({ value, children }: { value: ManageState; children: ReactNode }) {
  return <ManageContext.Provider value={value}>{children}</ManageContext.Provider>;
}

export function useManage(): ManageState {
  const state = useContext(ManageContext);
  if (!state) throw new Error('useManage must be used inside the store admin layout');
  return state;
}
