import { z } from 'zod';
import { errorCodes, type ErrorCode } from '@mpb/contracts';

/**
 * Codes the client raises itself, for failures that never produced an API error body.
 * NETWORK: the request did not get an answer (offline, DNS, CORS refused).
 * BAD_RESPONSE: the answer did not match the contract (a proxy error page, a version skew).
 */
export type ClientErrorCode = 'NETWORK' | 'BAD_RESPONSE';
export type ApiErrorCode = ErrorCode | ClientErrorCode;

/** The one error type every API call rejects with; screens switch on `code`, never `message`. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    /** Field path (dot-separated) to the server's message about it. */
    readonly fields: Readonly<Record<string, string>> = {},
    readonly correlationId?: string,
  ) {
    super(message);
  }
}

// Looser than the contract's errorBodySchema on purpose: an unknown code from a newer server
// must still surface its message and fields rather than turn into BAD_RESPONSE.
const wireErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
    correlationId: z.string().optional(),
  }),
});

const knownCodes: ReadonlySet<string> = new Set(errorCodes);

function isErrorCode(code: string): code is ErrorCode {
  return knownCodes.has(code);
}

/** Builds the ApiError for a non-2xx answer from its status and (possibly absent) JSON body. */
export function apiErrorFromResponse(status: number, body: unknown): ApiError {
  const parsed = wireErrorSchema.safeParse(body);
  if (!parsed.success) {
    return new ApiError(
      status,
      status === 401 ? 'UNAUTHENTICATED' : 'BAD_RESPONSE',
      `HTTP ${status}`,
    );
  }
  const { code, message, fields, correlationId } = parsed.data.error;
  return new ApiError(
    status,
    isErrorCode(code) ? code : 'INTERNAL',
    message,
    fields,
    correlationId,
  );
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
