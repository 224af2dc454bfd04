import { z } from 'zod';
import {
  authRoutes,
  createTenantResponseSchema,
  meResponseSchema,
  signupResponseSchema,
  slugAvailabilitySchema,
  tenantRoutes,
  tenantSchema,
  tokenResponseSchema,
  type CreateTenantBody,
} from '@mpb/contracts';
import type { ApiClient } from './api-client';
import { sessionFromTokens, type TokenStore } from './token-store';

const tenantListSchema = z.object({ items: z.array(tenantSchema) });

/** Fills the `:name` segments of a contract path, escaping each value. */
export function fillPath(path: string, params: Readonly<Record<string, string>>): string {
  return path.replace(/:([A-Za-z]+)/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing path parameter ${name} for ${path}`);
    return encodeURIComponent(value);
  });
}

export interface Credentials {
  email: string;
  password: string;
}

/** The control plane's API on the admin's own origin: accounts, sessions and stores. */
export function createPlatformApi(client: ApiClient, tokens: TokenStore) {
  return {
    /** Creates the account and starts its session. */
    async signUp(credentials: Credentials): Promise<void> {
      const body = await client.json(authRoutes.signup.path, signupResponseSchema, {
        method: 'POST',
        body: credentials,
        auth: false,
      });
      tokens.write(sessionFromTokens(body));
    },

    async logIn(credentials: Credentials): Promise<void> {
      const body = await client.json(authRoutes.login.path, tokenResponseSchema, {
        method: 'POST',
        body: credentials,
        auth: false,
      });
      tokens.write(sessionFromTokens(body));
    },

    /** Ends the session here even when the server cannot be told (offline): signing out must work. */
    async logOut(): Promise<void> {
      const session = tokens.read();
      tokens.clear();
      if (!session) return;
      await client
        .send(authRoutes.logout.path, {
          method: 'POST',
          body: { refreshToken: session.refreshToken },
          auth: false,
        })
        .catch(() => undefined);
    },

    getMe: (signal?: AbortSignal) => client.json(authRoutes.me.path, meResponseSchema, { signal }),

    listTenants: async (signal?: AbortSignal) =>
      (await client.json(tenantRoutes.list.path, tenantListSchema, { signal })).items,

    getTenant: (id: string, signal?: AbortSignal) =>
      client.json(fillPath(tenantRoutes.get.path, { id }), tenantSchema, { signal }),

    createTenant: (body: CreateTenantBody) =>
      client.json(tenantRoutes.create.path, createTenantResponseSchema, { method: 'POST', body }),

    publishTenant: (id: string, live: boolean) =>
      client.json(fillPath(tenantRoutes.publish.path, { id }), tenantSchema, {
        method: 'POST',
        body: { live },
      }),

    checkSlug: (slug: string, signal?: AbortSignal) =>
      client.json(fillPath(tenantRoutes.slugAvailability.path, { slug }), slugAvailabilitySchema, {
        auth: false,
        signal,
      }),
  };
}

export type PlatformApi = ReturnType<typeof createPlatformApi>;
