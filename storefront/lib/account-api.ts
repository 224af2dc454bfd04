import {
  buyerOrderPageSchema,
  buyerOrderSchema,
  customerSessionSchema,
  errorBodySchema,
  uuidSchema,
  type BuyerOrder,
  type CustomerSession,
} from '@mpb/contracts';
import type { z } from 'zod';
import type { CellApiConfig } from './cell-api-config';
import type { RequestContext } from './cell-api';
import { CellApiError, parseWith, sendJson, type Lookup } from './http-json';

// The shopper's own orders and session, read on the server with the Host of the visit. Nothing
// here is ever cached: every answer belongs to one shopper.

export type BuyerOrderPage = z.infer<typeof buyerOrderPageSchema>;

/** An answer that needs the shopper's session: signed out or expired is an expected outcome. */
export type Authed<T> =
  { kind: 'ok'; value: T } | { kind: 'unauthenticated' } | { kind: 'not-found' };

export type SignInOutcome =
  { ok: true; session: CustomerSession } | { ok: false; reason: 'invalid-link' | 'rate-limited' };

export interface AccountApi {
  /** A guest's order with the token of its status link; not found for any wrong pair. */
  getGuestOrder(
    context: RequestContext,
    orderId: string,
    token: string,
  ): Promise<Lookup<BuyerOrder>>;
  /** Exchanges a sign-in link's token for a session. */
  signIn(context: RequestContext, token: string): Promise<SignInOutcome>;
  /** Ends the session; an already ended one is fine. */
  signOut(context: RequestContext, sessionToken: string): Promise<void>;
  listOrders(
    context: RequestContext,
    sessionToken: string,
    cursor?: string,
  ): Promise<Authed<BuyerOrderPage>>;
  getOrder(
    context: RequestContext,
    sessionToken: string,
    orderId: string,
  ): Promise<Authed<BuyerOrder>>;
}

function errorCode(json: unknown): string | undefined {
  const parsed = errorBodySchema.safeParse(json);
  return parsed.success ? parsed.data.error.code : undefined;
}

export function createAccountApi(config: CellApiConfig): AccountApi {
  const send = (
    context: RequestContext,
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    options: { body?: unknown; sessionToken?: string } = {},
  ) =>
    sendJson(new URL(path, config.baseUrl), {
      method,
      host: context.host,
      correlationId: context.correlationId,
      forwardedFor: context.forwardedFor,
      authorization: options.sessionToken ? `Bearer ${options.sessionToken}` : undefined,
      body: options.body,
      timeoutMs: config.timeoutMs,
    });

  const unexpected = (where: string, status: number) =>
    new CellApiError('UPSTREAM_ERROR', `${where} answered ${status}`, { status });

  async function authedGet<T>(
    context: RequestContext,
    path: string,
    sessionToken: string,
    parser: z.ZodType<T>,
  ): Promise<Authed<T>> {
    const where = `GET ${path.split('?')[0]}`;
    const { status, json } = await send(context, 'GET', path, { sessionToken });
    if (status === 200) return { kind: 'ok', value: parseWith(parser, json, where) };
    if (status === 401) return { kind: 'unauthenticated' };
    if (status === 404 && errorCode(json) === 'NOT_FOUND') return { kind: 'not-found' };
    throw unexpected(where, status);
  }

  return {
    async getGuestOrder(context, orderId, token) {
      if (!uuidSchema.safeParse(orderId).success || !token || token.length > 256) {
        return { found: false };
      }
      const path = `/api/v1/orders/${orderId}?${new URLSearchParams({ token })}`;
      const { status, json } = await send(context, 'GET', path);
      if (status === 200) {
        return { found: true, value: parseWith(buyerOrderSchema, json, 'GET /api/v1/orders/:id') };
      }
      if (status === 404 && errorCode(json) === 'NOT_FOUND') return { found: false };
      throw unexpected('GET /api/v1/orders/:id', status);
    },

    async signIn(context, token) {
      const { status, json } = await send(context, 'POST', '/api/v1/account/sessions', {
        body: { token },
      });
      if (status === 201 || status === 200) {
        return {
          ok: true,
          session: parseWith(customerSessionSchema, json, 'POST /api/v1/account/sessions'),
        };
      }
      // A malformed token is as useless as an expired one: both mean "ask for a new link".
      if (status === 400 || status === 401 || status === 404)
        return { ok: false, reason: 'invalid-link' };
      if (status === 429) return { ok: false, reason: 'rate-limited' };
      throw unexpected('POST /api/v1/account/sessions', status);
    },

    async signOut(context, sessionToken) {
      const { status } = await send(context, 'DELETE', '/api/v1/account/sessions/current', {
        sessionToken,
      });
      if (status !== 204 && status !== 200 && status !== 401) {
        throw unexpected('DELETE /api/v1/account/sessions/current', status);
      }
    },

    listOrders(context, sessionToken, cursor) {
      const query = new URLSearchParams({ limit: '20' });
      if (cursor) query.set('cursor', cursor);
      return authedGet(
        context,
        `/api/v1/account/orders?${query}`,
        sessionToken,
        buyerOrderPageSchema,
      );
    },

    async getOrder(context, sessionToken, orderId) {
      if (!uuidSchema.safeParse(orderId).success) return { kind: 'not-found' };
      return authedGet(
        context,
        `/api/v1/account/orders/${orderId}`,
        sessionToken,
        buyerOrderSchema,
      );
    },
  };
}
