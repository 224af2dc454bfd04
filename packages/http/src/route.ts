import type { Request, RequestHandler, Response, Router } from 'express';
import type { z } from 'zod';
import type { RouteSpec } from '@mpb/contracts';
import { AppError } from './app-error';
import { fieldsFromZodError } from './zod-fields';

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RouteInput<TParams, TQuery, TBody> {
  params: TParams;
  query: TQuery;
  body: TBody;
  req: Request;
  res: Response;
}

export type RouteHandler<
  TParams extends z.ZodType,
  TQuery extends z.ZodType,
  TBody extends z.ZodType,
> = (input: RouteInput<z.output<TParams>, z.output<TQuery>, z.output<TBody>>) => Promise<Reply>;

/** Parses one part of the request, adding its problems to `fields`. */
function parsePart<T extends z.ZodType>(
  schema: T | undefined,
  value: unknown,
  fields: Record<string, string>,
): z.output<T> {
  if (!schema) return undefined as z.output<T>;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const [field, message] of Object.entries(fieldsFromZodError(result.error, value)))
    fields[field] ??= message;
  return undefined as z.output<T>;
}

/**
 * Mounts a contract route on an Express router: validates params, query and body against the
 * contract's zod schemas (400 with the fields at fault), runs the handler, and shapes the
 * response through the contract's schema for that status so no undeclared field leaks out.
 */
export function bindRoute<
  TParams extends z.ZodType,
  TQuery extends z.ZodType,
  TBody extends z.ZodType,
>(
  router: Router,
  spec: RouteSpec<TParams, TQuery, TBody>,
  middleware: RequestHandler[],
  handler: RouteHandler<TParams, TQuery, TBody>,
): void {
  const run: RequestHandler = async (req, res, next) => {
    try {
      // Every part is checked so the client learns of all its mistakes at once.
      const fields: Record<string, string> = {};
      const params = parsePart(spec.params, req.params, fields);
      const query = parsePart(spec.query, req.query, fields);
      const body = parsePart(
        spec.body,
        spec.body && req.body === undefined ? {} : req.body,
        fields,
      );
      if (Object.keys(fields).length > 0) throw AppError.validation(fields);
      const reply = await handler({ params, query, body, req, res });
      send(spec, res, reply);
    } catch (error) {
      next(error);
    }
  };
  router[spec.method](spec.path, ...middleware, run);
}

function send(spec: RouteSpec, res: Response, reply: Reply): void {
  for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value);
  const responseSpec = spec.responses[reply.status];
  if (!responseSpec) {
    throw new Error(
      `${spec.operationId} answered ${reply.status}, which its contract does not declare`,
    );
  }
  if (reply.body === undefined || !responseSpec.schema) {
    res.status(reply.status).end();
    return;
  }
  res.status(reply.status).json(responseSpec.schema.parse(reply.body));
}
