import type { ErrorCode } from '@mpb/contracts';

/** The one table from error code to HTTP status. */
export const statusByCode: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  INVALID_JSON: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  SLUG_TAKEN: 409,
  SLUG_RESERVED: 409,
  EMAIL_TAKEN: 409,
  HANDLE_TAKEN: 409,
  SKU_TAKEN: 409,
  ALREADY_EXISTS: 409,
  INVALID_STATE: 409,
  INSUFFICIENT_STOCK: 409,
  PRODUCT_UNAVAILABLE: 409,
  COUPON_NOT_APPLICABLE: 422,
  CART_NEEDS_REVIEW: 409,
  CHECKOUT_IN_PROGRESS: 409,
  PAYMENTS_NOT_CONFIGURED: 409,
  IDEMPOTENCY_KEY_REUSED: 422,
  LOGIN_LINK_INVALID: 401,
  VERIFICATION_LINK_INVALID: 400,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  NO_CAPACITY: 503,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

export interface AppErrorOptions {
  /** Field path to message, for errors about the request's content. */
  fields?: Record<string, string>;
  /** Extra response headers, such as `Retry-After`. */
  headers?: Record<string, string>;
  cause?: unknown;
}

/** The only error type services throw on purpose; anything else becomes a 500. */
export class AppError extends Error {
  readonly fields: Record<string, string> | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(
    readonly code: ErrorCode,
    message: string,
    options: AppErrorOptions = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.fields = options.fields;
    this.headers = options.headers;
  }

  get status(): number {
    return statusByCode[this.code];
  }

  /** The one way to say "not yours or not there": callers must not learn which. */
  static notFound(what = 'Resource'): AppError {
    return new AppError('NOT_FOUND', `${what} not found`);
  }

  static validation(fields: Record<string, string>, message = 'The request is invalid'): AppError {
    return new AppError('VALIDATION_FAILED', message, { fields });
  }

  static unauthenticated(message = 'Authentication required'): AppError {
    return new AppError('UNAUTHENTICATED', message);
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
