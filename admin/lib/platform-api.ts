import { z } from 'zod';
import {
  authRoutes,
  createTenantResponseSchema,
  emailVerificationSchema,
  magicLinkSessionSchema,
  meResponseSchema,
  signupResponseSchema,
  slugAvailabilitySchema,
  tenantRoutes,
  tenantSchema,
  tokenResponseSchema,
  type CreateTenantBody,
  type Language,
  type MagicLinkBody,
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
  /** The language of the verification email a sign-up sends. */
  locale?: Language;
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

    /** Asks for an emailed sign-in link; the answer is the same whether or not the account exists. */
    requestMagicLink: (body: MagicLinkBody) =>
      client.send(authRoutes.requestMagicLink.path, { method: 'POST', body, auth: false }),

    /** Uses a sign-in link and starts its session; `created` when the link made the account. */
    async verifyMagicLink(token: string): Promise<{ created: boolean }> {
      const body = await client.json(authRoutes.verifyMagicLink.path, magicLinkSessionSchema, {
        method: 'POST',
        body: { token },
        auth: false,
      });
      tokens.write(sessionFromTokens(body));
      return { created: body.created };
    },

    /** Confirms an address with its emailed link; works signed in or not. */
    verifyEmail: (token: string) =>
      client.json(authRoutes.verifyEmail.path, emailVerificationSchema, {
        method: 'POST',
        body: { token },
        auth: false,
      }),

    resendVerification: (locale: Language) =>
      client.send(authRoutes.resendVerification.path, { method: 'POST', body: { locale } }),

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
