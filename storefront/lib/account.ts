import { cookies } from 'next/headers';
import { cache } from 'react';
import { createAccountApi, type AccountApi, type Authed, type BuyerOrderPage } from './account-api';
import { readCellApiConfig } from './cell-api-config';
import type { BuyerOrder } from '@mpb/contracts';
import { requireRequestContext } from './current-store';
import type { Lookup } from './http-json';
import { isPlausibleSessionToken, sessionCookieName } from './session-cookie';

// Request-scoped access to the shopper's orders and session. Never cached beyond the request.

let accountApi: AccountApi | undefined;
export function getAccountApi(): AccountApi {
  accountApi ??= createAccountApi(readCellApiConfig(process.env));
  return accountApi;
}

/** The session token from the httpOnly cookie, if there is a plausible one. */
export async function readSessionToken(): Promise<string | undefined> {
  const value = (await cookies()).get(sessionCookieName)?.value;
  return isPlausibleSessionToken(value) ? value : undefined;
}

export const loadGuestOrder = cache(
  async (orderId: string, token: string): Promise<Lookup<BuyerOrder>> =>
    getAccountApi().getGuestOrder(await requireRequestContext(), orderId, token),
);

export const loadMyOrders = cache(
  async (cursor: string | undefined): Promise<Authed<BuyerOrderPage>> => {
    const sessionToken = await readSessionToken();
    if (!sessionToken) return { kind: 'unauthenticated' };
    return getAccountApi().listOrders(await requireRequestContext(), sessionToken, cursor);
  },
);

export const loadMyOrder = cache(async (orderId: string): Promise<Authed<BuyerOrder>> => {
  const sessionToken = await readSessionToken();
  if (!sessionToken) return { kind: 'unauthenticated' };
  return getAccountApi().getOrder(await requireRequestContext(), sessionToken, orderId);
});
