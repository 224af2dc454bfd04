import type { z } from 'zod';
import { authRoutes, tokenResponseSchema } from '@mpb/contracts';
import { ApiError, apiErrorFromResponse } from './api-error';
import { sessionFromTokens, type Session, type TokenStore } from './token-store';

export interface ApiClientOptions {
  /** Origin of the platform API. Empty in the browser, where it is the page's own origin. */
  platformUrl?: string;
  tokens: TokenStore;
  /** Called when the session cannot be renewed; in the browser it goes to /login. */
  onSessionExpired: () => void;
  /**
   * Runs a refresh under a lock shared by every tab of the admin (navigator.locks in the
   * browser). Refresh tokens are single-use, so two tabs renewing at once would log both out.
   */
  withRefreshLock?: <T>(task: () => Promise<T>) => Promise<T>;
  fetch?: typeof fetch;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON, or as multipart/form-data when it is a FormData (file uploads). */
  body?: unknown;
  /** Extra request headers, for example `Idempotency-Key`. */
  headers?: Readonly<Record<string, string>>;
  /** False for the endpoints that work without a session (signup, login, slug check). */
  auth?: boolean;
  signal?: AbortSignal;
}

export interface ApiClient {
  /** Calls an API and checks the JSON answer against `schema`. Rejects with ApiError. */
  json<T>(url: string, schema: z.ZodType<T>, options?: RequestOptions): Promise<T>;
  /** Calls an API whose answer has no body (204). Rejects with ApiError. */
  send(url: string, options?: RequestOptions): Promise<void>;
  /** Calls an API that answers with a file (CSV, HTML). Rejects with ApiError. */
  blob(url: string, options?: RequestOptions): Promise<Blob>;
}

const absoluteUrl = /^https?:\/\//;

/**
 * The one way the admin talks to the platform and store APIs. It adds the bearer token and,
 * when an API answers 401, renews the session once (one refresh shared by every request
 * waiting on it) and retries; when renewing fails the session ends and `onSessionExpired` runs.
 */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const { tokens, onSessionExpired } = options;
  const platformUrl = options.platformUrl ?? '';
  const doFetch =
    options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const withRefreshLock = options.withRefreshLock ?? (<T>(task: () => Promise<T>) => task());
  let refreshing: Promise<Session | null> | null = null;

  async function perform(url: string, request: RequestOptions, token?: string): Promise<Response> {
    const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
    // The browser writes a FormData's content type itself, with the multipart boundary.
    const isForm = typeof FormData !== 'undefined' && request.body instanceof FormData;
    if (request.body !== undefined && !isForm) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    try {
      return await doFetch(absoluteUrl.test(url) ? url : platformUrl + url, {
        method: request.method ?? 'GET',
        headers,
        body: toRequestBody(request.body, isForm),
        signal: request.signal,
      });
    } catch (error) {
      // A cancelled request is the caller's doing, not a network failure: let it through as is.
      if (request.signal?.aborted) throw error;
      throw new ApiError(0, 'NETWORK', error instanceof Error ? error.message : 'Network error');
    }
  }

  async function renew(stale: Session): Promise<Session | null> {
    // While this call waited for the lock, another tab may already have renewed the session.
    const current = tokens.read();
    if (!current || current.refreshToken !== stale.refreshToken) return current;
    const response = await perform(authRoutes.refresh.path, {
      method: 'POST',
      body: { refreshToken: current.refreshToken },
    });
    if (response.status === 400 || response.status === 401) {
      // Expired, already used or revoked: only signing in again helps.
      if (tokens.read()?.refreshToken === current.refreshToken) tokens.clear();
      return null;
    }
    if (!response.ok) throw apiErrorFromResponse(response.status, await readJson(response));
    const parsed = tokenResponseSchema.safeParse(await readJson(response));
    if (!parsed.success)
      throw new ApiError(response.status, 'BAD_RESPONSE', 'Unexpected refresh response');
    const next = sessionFromTokens(parsed.data);
    tokens.write(next);
    return next;
  }

  function refreshOnce(stale: Session): Promise<Session | null> {
    refreshing ??= withRefreshLock(() => renew(stale)).finally(() => {
      refreshing = null;
    });
    return refreshing;
  }

  function sessionExpired(): ApiError {
    onSessionExpired();
    return new ApiError(401, 'UNAUTHENTICATED', 'The session has ended; sign in again.');
  }

  async function execute(url: string, request: RequestOptions): Promise<Response> {
    if (request.auth === false) return ensureOk(await perform(url, request));
    const session = tokens.read();
    if (!session) throw sessionExpired();
    const first = await perform(url, request, session.token);
    if (first.status !== 401) return ensureOk(first);

    // A request that set off before a refresh finished only needs the newer token.
    const latest = tokens.read();
    const renewed = latest && latest.token !== session.token ? latest : await refreshOnce(session);
    if (!renewed) throw sessionExpired();
    const second = await perform(url, request, renewed.token);
    if (second.status === 401) {
      // A fresh token refused too: retrying again would loop, so the session ends here.
      tokens.clear();
      throw sessionExpired();
    }
    return ensureOk(second);
  }

  return {
    async json<T>(url: string, schema: z.ZodType<T>, request: RequestOptions = {}): Promise<T> {
      const response = await execute(url, request);
      const parsed = schema.safeParse(await readJson(response));
      if (!parsed.success) {
        throw new ApiError(response.status, 'BAD_RESPONSE', `Unexpected response from ${url}`);
      }
      return parsed.data;
    },
    async send(url: string, request: RequestOptions = {}): Promise<void> {
      const response = await execute(url, request);
      // Drain the body so the connection can be reused.
      await response.arrayBuffer();
    },
    async blob(url: string, request: RequestOptions = {}): Promise<Blob> {
      return (await execute(url, request)).blob();
    },
  };
}

function toRequestBody(body: unknown, isForm: boolean): BodyInit | undefined {
  if (body === undefined) return undefined;
  return isForm ? (body as FormData) : JSON.stringify(body);
}

async function ensureOk(response: Response): Promise<Response> {
  if (response.ok) return response;
  throw apiErrorFromResponse(response.status, await readJson(response));
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown;
  } catch {
    // No body, or not JSON (an HTML error page from a proxy): the caller decides what that means.
    return undefined;
  }
}
