import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import {
  getContext,
  observeRequest,
  redactPath,
  runWithContext,
  type HttpMetrics,
  type Logger,
} from '@mpb/observability';
import { AppError, isAppError } from './app-error';

const correlationIdPattern = /^[A-Za-z0-9._:-]{1,128}$/;

/** Accepts a caller's correlation id when it is well-formed, and makes a new one otherwise. */
export function correlationIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && correlationIdPattern.test(value) ? value : randomUUID();
}

export interface RequestContextOptions {
  logger: Logger;
  metrics?: HttpMetrics;
  cellId?: string;
  /** Paths whose successful requests are not access-logged (health probes). */
  quietPaths?: string[];
}

/**
 * Opens the work context of a request (correlation id, cell), echoes the correlation id, and
 * on completion writes one access log line and the request metrics by route template.
 */
export function requestContext(options: RequestContextOptions): RequestHandler {
  const quiet = new Set(options.quietPaths ?? []);
  return (req, res, next) => {
    const correlationId = correlationIdFrom(req.headers['x-correlation-id']);
    res.setHeader('x-correlation-id', correlationId);
    const startedAt = process.hrtime.bigint();
    runWithContext({ correlationId, cellId: options.cellId }, () => {
      const context = getContext();
      res.on('finish', () => {
        const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
        const matched = req.route as { path?: unknown } | undefined;
        const route = matched ? `${req.baseUrl}${String(matched.path)}` : 'unmatched';
        if (options.metrics) {
          observeRequest(
            options.metrics,
            { method: req.method, route, status: res.statusCode },
            seconds,
          );
        }
        if (quiet.has(req.path) && res.statusCode < 400) return;
        const line = {
          correlation_id: context?.correlationId,
          tenant_id: context?.tenantId,
          user_id: context?.userId,
          method: req.method,
          path: redactPath(req.path),
          route,
          status: res.statusCode,
          duration_ms: Math.round(seconds * 1e6) / 1e3,
        };
        if (res.statusCode >= 500) options.logger.error(line, 'request failed');
        else options.logger.info(line, 'request');
      });
      next();
    });
  };
}

/** JSON bodies only, up to `limit`; anything else with a body is 415. */
export function jsonBody(limit = '256kb'): RequestHandler[] {
  const parse = express.json({
    limit,
    strict: true,
    type: ['application/json', 'application/*+json'],
  });
  const requireJson: RequestHandler = (req, _res, next) => {
    const hasBody =
      req.headers['transfer-encoding'] !== undefined ||
      (req.headers['content-length'] !== undefined && req.headers['content-length'] !== '0');
    if (hasBody && !req.is(['application/json', 'application/*+json'])) {
      next(new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json'));
      return;
    }
    next();
  };
  return [requireJson, parse];
}

export const notFoundHandler: RequestHandler = (_req, _res, next) => {
  next(AppError.notFound('Route'));
};

interface BodyParserError {
  type?: string;
  status?: number;
}

/** Maps every error to `{ error: { code, message, fields? } }`; unknown errors become a bare 500. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const appError = toAppError(error);
    if (appError.code === 'INTERNAL') logger.error({ err: error }, 'unhandled error');
    else if (appError.code === 'UNAVAILABLE' && !isAppError(error))
      logger.warn({ err: error }, 'dependency unavailable');
    for (const [name, value] of Object.entries(appError.headers ?? {})) res.setHeader(name, value);
    res.status(appError.status).json({
      error: {
        code: appError.code,
        message: appError.message,
        ...(appError.fields ? { fields: appError.fields } : {}),
        correlationId: getContext()?.correlationId,
      },
    });
  };
}

const unavailableCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  // PostgreSQL: shutting down, cannot connect now, too many connections, connection failures.
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);
const unavailableNames = new Set(['KnexTimeoutError', 'MaxRetriesPerRequestError']);

/** A database, Redis or network failure: the request may succeed if retried, so 503, not 500. */
export function isDependencyUnavailable(error: unknown): boolean {
  const { code, name } = (error ?? {}) as { code?: unknown; name?: unknown };
  return (
    (typeof code === 'string' && unavailableCodes.has(code)) ||
    (typeof name === 'string' && unavailableNames.has(name))
  );
}

function toAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  if (isDependencyUnavailable(error)) {
    return new AppError('UNAVAILABLE', 'A service we depend on is unavailable; retry shortly', {
      cause: error,
      headers: { 'retry-after': '5' },
    });
  }
  const parserError = error as BodyParserError;
  switch (parserError?.type) {
    case 'entity.too.large':
      return new AppError('PAYLOAD_TOO_LARGE', 'The request body is too large');
    case 'entity.parse.failed':
      return new AppError('INVALID_JSON', 'The request body is not valid JSON');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new AppError('UNSUPPORTED_MEDIA_TYPE', 'Unsupported body encoding');
    case 'request.aborted':
      return new AppError('VALIDATION_FAILED', 'The request was aborted');
    default:
      return new AppError('INTERNAL', 'Something went wrong on our side', { cause: error });
  }
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/** Constant-time comparison of two secrets of any length. */
export function secretsEqual(a: string, b: string): boolean {
  return timingSafeEqual(digest(a), digest(b));
}

/**
 * Guards service-to-service routes with the shared internal token. During a rotation the
 * previous tokens are accepted too, so services can be restarted one at a time.
 */
export function requireInternalToken(token: string, previous: string[] = []): RequestHandler {
  const accepted = [token, ...previous.filter(Boolean)];
  return (req, _res, next) => {
    const header = req.headers.authorization ?? '';
    const presented = header.startsWith('Bearer ') ? header.slice(7) : '';
    // Compare with every accepted token (no early exit) so timing says nothing about which matched.
    const matches = accepted.map((candidate) => secretsEqual(presented, candidate));
    if (!presented || !matches.includes(true)) {
      next(AppError.unauthenticated('A valid internal token is required'));
      return;
    }
    next();
  };
}

/**
 * CORS for browser callers such as the admin app. `allowOrigin` decides per request; only the
 * headers and methods the API uses are allowed, and credentials (cookies) are never.
 */
export function cors(allowOrigin: (origin: string) => boolean): RequestHandler {
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (origin && allowOrigin(origin)) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('vary', 'Origin');
      res.setHeader('access-control-expose-headers', 'x-correlation-id');
      if (req.method === 'OPTIONS') {
        res.setHeader('access-control-allow-methods', 'GET,POST,PUT,PATCH,DELETE');
        res.setHeader(
          'access-control-allow-headers',
          'authorization,content-type,idempotency-key,x-correlation-id',
        );
        res.setHeader('access-control-max-age', '600');
        res.status(204).end();
        return;
      }
    }
    next();
  };
}
