import type { Request, RequestHandler, Response, Router } from 'express';
import type { z } from 'zod';
import type { RouteSpec } from '@mpb/contracts';
import { AppError, fieldsFromZodError } from '@mpb/http';

/**
 * Mounts a contract route whose answer is a file streamed by the handler rather than a JSON
 * body: the path parameters are validated as `bindRoute` does, and the handler writes `res`.
 */
export type DownloadHandler<TParams extends z.ZodType> = (input: {
  params: z.output<TParams>;
  req: Request;
  res: Response;
}) => Promise<void>;

export function bindDownload<TParams extends z.ZodType>(
  router: Router,
  spec: RouteSpec<TParams>,
  middleware: RequestHandler[],
  handler: DownloadHandler<TParams>,
): void {
  const run: RequestHandler = (req, res, next) => {
    let params = undefined as z.output<TParams>;
    if (spec.params) {
      const parsed = spec.params.safeParse(req.params);
      if (!parsed.success) {
        next(AppError.validation(fieldsFromZodError(parsed.error, req.params)));
        return;
      }
      params = parsed.data;
    }
    handler({ params, req, res }).catch(next);
  };
  router[spec.method](spec.path, ...middleware, run);
}
